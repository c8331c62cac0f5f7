// Editing a stage's starter questions (SPEC §1: a question a manager asks to open a
// coaching conversation about a behaviour at a stage): add, edit, delete. A question may
// name one behaviour of its own stage.
import type { Database } from '../../db/client.ts';
import { findBehaviour, findOpenStage, findQuestion, stageQuestions, type GuideQuestionRow } from '../../db/queries/coaching-guide.ts';
import { inTransaction } from '../../db/in-transaction.ts';
import { deleteQuestion, insertQuestions, reorderQuestions, updateQuestion } from '../../db/queries/coaching-guide-writes.ts';
import { inPrintableGuideTransaction } from './keep-guide-printable.ts';
import {
  done, fail, MAX_QUESTIONS_PER_STAGE, orderProblem, recordGuideChange, sameText, type GuideEdit, type GuideEditFailure, type GuideEditor,
} from './guide-edits.ts';

export type QuestionInput = { text: string; behaviourId: number | null };

/** The behaviour a question names: it must exist and belong to the question's stage. */
async function checkBehaviour(database: Database, orgId: number, stageId: number, behaviourId: number | null): Promise<GuideEditFailure | { key: string | null }> {
  if (behaviourId === null) return { key: null };
  const behaviour = await findBehaviour(database.pool, orgId, behaviourId);
  if (!behaviour) return fail('not_found', `No behaviour #${behaviourId}.`);
  if (behaviour.stageId !== stageId) return fail('unprocessable', `Behaviour "${behaviour.name}" belongs to another stage; a question names a behaviour of its own stage.`);
  return { key: behaviour.key };
}

export async function addQuestion(
  database: Database, editor: GuideEditor, stageId: number, input: QuestionInput,
): Promise<GuideEdit<GuideQuestionRow>> {
  const stage = await findOpenStage(database.pool, editor.orgId, stageId);
  if (!stage) return fail('not_found', `No open stage #${stageId}.`);
  const text = input.text.trim();
  const behaviour = await checkBehaviour(database, editor.orgId, stageId, input.behaviourId);
  if ('ok' in behaviour) return behaviour;
  const existing = await stageQuestions(database.pool, editor.orgId, stageId);
  if (existing.some((q) => sameText(q.text, text))) return fail('conflict', `"${stage.name}" already has this question.`);
  if (existing.length >= MAX_QUESTIONS_PER_STAGE) {
    return fail('unprocessable', `"${stage.name}" already has ${existing.length} questions, the most a one-page guide can hold; remove one first.`);
  }
  return inPrintableGuideTransaction(database.pool, editor.orgId, async (client) => {
    const [inserted] = await insertQuestions(client, editor.orgId, stageId, [{ text, behaviourId: input.behaviourId }]);
    await recordGuideChange(client, editor, 'question_added', { stageKey: stage.key, questionId: inserted!.id, text, behaviourKey: behaviour.key });
    return inserted!;
  });
}

export async function editQuestion(
  database: Database, editor: GuideEditor, questionId: number, patch: Partial<QuestionInput>,
): Promise<GuideEdit<GuideQuestionRow>> {
  const question = await findQuestion(database.pool, editor.orgId, questionId);
  if (!question) return fail('not_found', `No starter question #${questionId} in an open stage.`);
  const text = patch.text?.trim();
  let behaviourKey = question.behaviourKey;
  if (patch.behaviourId !== undefined) {
    const behaviour = await checkBehaviour(database, editor.orgId, question.stageId, patch.behaviourId);
    if ('ok' in behaviour) return behaviour;
    behaviourKey = behaviour.key;
  }
  if (text !== undefined) {
    const twins = (await stageQuestions(database.pool, editor.orgId, question.stageId)).filter((q) => q.id !== questionId && sameText(q.text, text));
    if (twins.length > 0) return fail('conflict', 'This stage already has this question.');
  }
  const after: GuideQuestionRow = {
    ...question, ...(text === undefined ? {} : { text }),
    ...(patch.behaviourId === undefined ? {} : { behaviourId: patch.behaviourId, behaviourKey }),
  };
  const saved = await inPrintableGuideTransaction(database.pool, editor.orgId, async (client) => {
    await updateQuestion(client, editor.orgId, questionId, { text, behaviourId: patch.behaviourId });
    await recordGuideChange(client, editor, 'question_updated', {
      questionId, from: { text: question.text, behaviourKey: question.behaviourKey }, to: { text: after.text, behaviourKey: after.behaviourKey },
    });
  });
  return saved.ok ? done(after) : saved;
}

/** Puts a stage's starter questions in the order of `ids`, which must list each of them once. */
export async function reorderStageQuestions(
  database: Database, editor: GuideEditor, stageId: number, ids: readonly number[],
): Promise<GuideEdit<GuideQuestionRow[]>> {
  const stage = await findOpenStage(database.pool, editor.orgId, stageId);
  if (!stage) return fail('not_found', `No open stage #${stageId}.`);
  const current = await stageQuestions(database.pool, editor.orgId, stageId);
  const problem = orderProblem(current.map((q) => q.id), ids);
  if (problem !== null) return fail('unprocessable', `List every question of "${stage.name}" exactly once (${problem}).`);
  await inTransaction(database.pool, async (client) => {
    await reorderQuestions(client, editor.orgId, stageId, ids);
    await recordGuideChange(client, editor, 'questions_reordered', { stageKey: stage.key, from: current.map((q) => q.id), to: ids });
  });
  return done(await stageQuestions(database.pool, editor.orgId, stageId));
}

export async function removeQuestion(database: Database, editor: GuideEditor, questionId: number): Promise<GuideEdit<{ id: number }>> {
  const question = await findQuestion(database.pool, editor.orgId, questionId);
  if (!question) return fail('not_found', `No starter question #${questionId} in an open stage.`);
  await inTransaction(database.pool, async (client) => {
    await deleteQuestion(client, editor.orgId, questionId);
    await recordGuideChange(client, editor, 'question_deleted', { questionId, text: question.text, behaviourKey: question.behaviourKey });
  });
  return done({ id: questionId });
}
