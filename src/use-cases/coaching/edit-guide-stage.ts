// Editing a stage of the guide (SPEC §4.7): its name, its expected days, and its
// conversion benchmark target; and giving a stage of an imported process (e.g. Maven's
// Engaging) the default guide's behaviours and questions of a stage that means the same.
import { DEFAULT_GUIDE } from '../../core/coaching/default-guide.ts';
import type { Database } from '../../db/client.ts';
import {
  behaviourKeyTaken, conversionTargetOf, findOpenStage, stageBehaviours, stageNames, stageQuestions, type GuideBehaviourRow,
} from '../../db/queries/coaching-guide.ts';
import {
  bumpDataVersion, insertBehaviours, insertQuestions, saveConversionTarget, updateStage,
} from '../../db/queries/coaching-guide-writes.ts';
import { inPrintableGuideTransaction } from './keep-guide-printable.ts';
import {
  done, fail, MAX_BEHAVIOURS_PER_STAGE, MAX_QUESTIONS_PER_STAGE, recordGuideChange, sameText, type GuideEdit, type GuideEditor,
} from './guide-edits.ts';

export type StagePatch = { name?: string; expectedDays?: number | null; conversionTarget?: number | null };
export type StageSettings = { id: number; key: string; name: string; expectedDays: number | null; conversionTarget: number | null };

export async function updateGuideStage(database: Database, editor: GuideEditor, stageId: number, patch: StagePatch): Promise<GuideEdit<StageSettings>> {
  const stage = await findOpenStage(database.pool, editor.orgId, stageId);
  if (!stage) return fail('not_found', `No open stage #${stageId}.`);
  const name = patch.name?.trim();
  if (name !== undefined) {
    const clash = (await stageNames(database.pool, editor.orgId)).find((s) => s.id !== stageId && sameText(s.name, name));
    if (clash) return fail('conflict', `Another stage is already called "${clash.name}".`);
  }
  const before: StageSettings = {
    id: stage.id, key: stage.key, name: stage.name, expectedDays: stage.expectedDays,
    conversionTarget: await conversionTargetOf(database.pool, editor.orgId, stage.key),
  };
  const after: StageSettings = {
    ...before,
    ...(name === undefined ? {} : { name }),
    ...(patch.expectedDays === undefined ? {} : { expectedDays: patch.expectedDays }),
    ...(patch.conversionTarget === undefined ? {} : { conversionTarget: patch.conversionTarget }),
  };
  const saved = await inPrintableGuideTransaction(database.pool, editor.orgId, async (client) => {
    await updateStage(client, editor.orgId, stageId, { name, expectedDays: patch.expectedDays });
    if (patch.conversionTarget !== undefined) await saveConversionTarget(client, editor.orgId, stage.key, patch.conversionTarget);
    await bumpDataVersion(client, editor.orgId);
    const changed = (Object.keys(after) as (keyof StageSettings)[]).filter((k) => after[k] !== before[k]);
    await recordGuideChange(client, editor, 'stage_updated', {
      stageKey: stage.key, from: pick(before, changed), to: pick(after, changed),
    });
  });
  return saved.ok ? done(after) : saved;
}

const pick = <T extends object>(value: T, keys: readonly (keyof T)[]) => Object.fromEntries(keys.map((k) => [k, value[k]]));

export type CopyResult = {
  behaviours: GuideBehaviourRow[];
  questionsCopied: number;
  /** Default behaviours not copied because the stage already has them (same key or name). */
  skipped: { key: string; name: string }[];
};

/**
 * Copies the default guide's behaviours of stage `fromStageKey` (with their starter
 * questions unless `questions` is false) onto the org's stage `stageId`, under the org
 * stage's key ('discover.quantify-pain' onto Engaging -> 'engaging.quantify-pain'). Copying
 * twice adds nothing the second time.
 */
export async function copyDefaultBehaviours(
  database: Database, editor: GuideEditor, stageId: number, request: { fromStageKey: string; questions?: boolean },
): Promise<GuideEdit<CopyResult>> {
  const source = DEFAULT_GUIDE.find((s) => s.stageKey === request.fromStageKey);
  if (!source) {
    return fail('not_found', `No stage "${request.fromStageKey}" in the default guide; expected one of ${DEFAULT_GUIDE.map((s) => s.stageKey).join(', ')}.`);
  }
  const stage = await findOpenStage(database.pool, editor.orgId, stageId);
  if (!stage) return fail('not_found', `No open stage #${stageId}.`);
  const [existing, questions] = await Promise.all([
    stageBehaviours(database.pool, editor.orgId, stageId), stageQuestions(database.pool, editor.orgId, stageId),
  ]);
  const candidates = source.behaviours.map((b) => ({ ...b, key: `${stage.key}.${b.key.slice(b.key.indexOf('.') + 1)}`, from: b.key }));
  const toCopy: typeof candidates = [];
  const skipped: CopyResult['skipped'] = [];
  for (const b of candidates) {
    const present = existing.some((e) => e.key === b.key || sameText(e.name, b.name)) || await behaviourKeyTaken(database.pool, editor.orgId, b.key);
    (present ? skipped : toCopy).push(b);
  }
  if (existing.length + toCopy.length > MAX_BEHAVIOURS_PER_STAGE) {
    return fail('unprocessable', `"${stage.name}" has ${existing.length} behaviours; copying ${toCopy.length} more would pass the ${MAX_BEHAVIOURS_PER_STAGE} a one-page guide can hold.`);
  }
  const copied = await inPrintableGuideTransaction(database.pool, editor.orgId, async (client) => {
    const inserted = await insertBehaviours(client, editor.orgId, stageId, toCopy);
    const idOf = new Map(inserted.map((b) => [toCopy.find((c) => c.key === b.key)!.from, b.id]));
    const room = Math.max(0, MAX_QUESTIONS_PER_STAGE - questions.length);
    const newQuestions = request.questions === false ? [] : source.questions
      .filter((q) => q.behaviourKey !== undefined && idOf.has(q.behaviourKey) && !questions.some((e) => sameText(e.text, q.text)))
      .slice(0, room)
      .map((q) => ({ text: q.text, behaviourId: idOf.get(q.behaviourKey!)! }));
    const copiedQuestions = await insertQuestions(client, editor.orgId, stageId, newQuestions);
    await recordGuideChange(client, editor, 'default_behaviours_copied', {
      stageKey: stage.key, fromStageKey: source.stageKey, behaviourKeys: inserted.map((b) => b.key), questions: copiedQuestions.length,
    });
    return { behaviours: inserted, questionsCopied: copiedQuestions.length };
  });
  if (!copied.ok) return copied;
  const result = copied.value;
  const insertedKeys = new Set(result.behaviours.map((b) => b.key));
  return done({
    ...result,
    skipped: [...skipped, ...toCopy.filter((b) => !insertedKeys.has(b.key))].map(({ key, name }) => ({ key, name })),
  });
}
