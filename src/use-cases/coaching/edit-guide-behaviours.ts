// Editing the behaviours of a stage ("what good looks like", SPEC §1, §4.7): add, edit,
// reorder, delete. A behaviour's key is made from its stage and first name and never
// changes, so observations, sessions and Specify checks that cite it stay valid.
import type { Database } from '../../db/client.ts';
import {
  behaviourKeyTaken, countObservations, findBehaviour, findOpenStage, stageBehaviours, type GuideBehaviourRow,
} from '../../db/queries/coaching-guide.ts';
import { inTransaction } from '../../db/in-transaction.ts';
import { deleteBehaviour, insertBehaviours, reorderBehaviours, updateBehaviour } from '../../db/queries/coaching-guide-writes.ts';
import { inPrintableGuideTransaction } from './keep-guide-printable.ts';
import {
  behaviourKeyFor, done, fail, MAX_BEHAVIOURS_PER_STAGE, orderProblem, recordGuideChange, sameText, type GuideEdit, type GuideEditor,
} from './guide-edits.ts';

export type BehaviourInput = { name: string; description: string };

export async function addBehaviour(
  database: Database, editor: GuideEditor, stageId: number, input: BehaviourInput,
): Promise<GuideEdit<GuideBehaviourRow>> {
  const stage = await findOpenStage(database.pool, editor.orgId, stageId);
  if (!stage) return fail('not_found', `No open stage #${stageId}.`);
  const name = input.name.trim();
  const existing = await stageBehaviours(database.pool, editor.orgId, stageId);
  const twin = existing.find((b) => sameText(b.name, name));
  if (twin) return fail('conflict', `"${stage.name}" already has the behaviour "${twin.name}".`);
  if (existing.length >= MAX_BEHAVIOURS_PER_STAGE) {
    return fail('unprocessable', `"${stage.name}" already has ${existing.length} behaviours, the most a one-page guide can hold; remove one first.`);
  }
  const key = behaviourKeyFor(stage.key, name);
  if (await behaviourKeyTaken(database.pool, editor.orgId, key)) {
    return fail('conflict', `A behaviour with the key "${key}" already exists; name this one differently.`);
  }
  const inserted = await inPrintableGuideTransaction(database.pool, editor.orgId, async (client) => {
    const [row] = await insertBehaviours(client, editor.orgId, stageId, [{ key, name, description: input.description.trim() }]);
    if (row) await recordGuideChange(client, editor, 'behaviour_added', { stageKey: stage.key, behaviourKey: key, name });
    return row;
  });
  if (!inserted.ok) return inserted;
  return inserted.value ? done(inserted.value) : fail('conflict', `A behaviour with the key "${key}" was added meanwhile.`);
}

export async function editBehaviour(
  database: Database, editor: GuideEditor, behaviourId: number, patch: Partial<BehaviourInput>,
): Promise<GuideEdit<GuideBehaviourRow>> {
  const behaviour = await findBehaviour(database.pool, editor.orgId, behaviourId);
  if (!behaviour) return fail('not_found', `No behaviour #${behaviourId} in an open stage.`);
  const name = patch.name?.trim();
  const description = patch.description?.trim();
  if (name !== undefined) {
    const twin = (await stageBehaviours(database.pool, editor.orgId, behaviour.stageId)).find((b) => b.id !== behaviourId && sameText(b.name, name));
    if (twin) return fail('conflict', `This stage already has the behaviour "${twin.name}".`);
  }
  const { stageKey, ...before } = behaviour;
  const after: GuideBehaviourRow = { ...before, ...(name === undefined ? {} : { name }), ...(description === undefined ? {} : { description }) };
  const saved = await inPrintableGuideTransaction(database.pool, editor.orgId, async (client) => {
    await updateBehaviour(client, editor.orgId, behaviourId, { name, description });
    await recordGuideChange(client, editor, 'behaviour_updated', {
      stageKey, behaviourKey: behaviour.key,
      from: { name: before.name, description: before.description }, to: { name: after.name, description: after.description },
    });
  });
  if (!saved.ok) return saved;
  return done(after);
}

/** Puts a stage's behaviours in the order of `ids`, which must list each of them once. */
export async function reorderStageBehaviours(
  database: Database, editor: GuideEditor, stageId: number, ids: readonly number[],
): Promise<GuideEdit<GuideBehaviourRow[]>> {
  const stage = await findOpenStage(database.pool, editor.orgId, stageId);
  if (!stage) return fail('not_found', `No open stage #${stageId}.`);
  const current = await stageBehaviours(database.pool, editor.orgId, stageId);
  const own = new Set(current.map((b) => b.id));
  const foreign = ids.filter((id) => !own.has(id));
  for (const id of foreign) {
    if (!await findBehaviour(database.pool, editor.orgId, id)) return fail('not_found', `No behaviour #${id}.`);
  }
  const problem = orderProblem(current.map((b) => b.id), ids);
  if (problem !== null) return fail('unprocessable', `List every behaviour of "${stage.name}" exactly once (${problem}).`);
  await inTransaction(database.pool, async (client) => {
    await reorderBehaviours(client, editor.orgId, stageId, ids);
    const keyOf = new Map(current.map((b) => [b.id, b.key]));
    await recordGuideChange(client, editor, 'behaviours_reordered', {
      stageKey: stage.key, from: current.map((b) => b.key), to: ids.map((id) => keyOf.get(id)),
    });
  });
  return done(await stageBehaviours(database.pool, editor.orgId, stageId));
}

export type RemovedBehaviour = { id: number; key: string; observationsDeleted: number; questionsUnlinked: number };

/**
 * Deletes a behaviour. Its starter questions stay (no longer tied to it). When managers
 * have rated it, their observations would go too: refused unless `force`.
 */
export async function removeBehaviour(
  database: Database, editor: GuideEditor, behaviourId: number, options: { force?: boolean } = {},
): Promise<GuideEdit<RemovedBehaviour>> {
  const behaviour = await findBehaviour(database.pool, editor.orgId, behaviourId);
  if (!behaviour) return fail('not_found', `No behaviour #${behaviourId} in an open stage.`);
  const observations = await countObservations(database.pool, editor.orgId, behaviourId);
  if (observations > 0 && !options.force) {
    return fail('conflict', `"${behaviour.name}" has ${observations} observation${observations === 1 ? '' : 's'}; deleting it deletes them too. `
      + 'Rename it instead, or delete with force.');
  }
  const questionsUnlinked = await inTransaction(database.pool, async (client) => {
    const unlinked = await deleteBehaviour(client, editor.orgId, behaviourId);
    await recordGuideChange(client, editor, 'behaviour_deleted', {
      stageKey: behaviour.stageKey, behaviourKey: behaviour.key, name: behaviour.name, observationsDeleted: observations, questionsUnlinked: unlinked,
    });
    return unlinked;
  });
  return done({ id: behaviourId, key: behaviour.key, observationsDeleted: observations, questionsUnlinked });
}
