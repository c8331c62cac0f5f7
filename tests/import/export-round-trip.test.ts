// Export, then import into an empty database, reproduces the org: the second export has
// exactly the same rows as the first, and the admin's edits of the coaching guide come back.
import { readdir, readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { findOrg } from '../../src/db/queries/orgs.ts';
import { loadCoachingGuide } from '../../src/use-cases/coaching/coaching-guide.ts';
import { addBehaviour, editBehaviour, removeBehaviour, reorderStageBehaviours } from '../../src/use-cases/coaching/edit-guide-behaviours.ts';
import { addQuestion, removeQuestion } from '../../src/use-cases/coaching/edit-guide-questions.ts';
import { updateGuideStage } from '../../src/use-cases/coaching/edit-guide-stage.ts';
import type { GuideEdit } from '../../src/use-cases/coaching/guide-edits.ts';
import { exportOrg } from '../../src/use-cases/export-org.ts';
import { loadDemo } from '../../src/use-cases/load-demo.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { tableCounts } from '../helpers/table-counts.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

async function sortedCsvs(folder: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.csv')).sort()) {
    const [header, ...rows] = (await readFile(join(folder, file), 'utf8')).trimEnd().split('\n');
    out[file] = [header!, ...rows.sort()];
  }
  return out;
}

function valueOf<T>(edit: GuideEdit<T>): T {
  if (!edit.ok) throw new Error(`guide edit refused: ${edit.message}`);
  return edit.value;
}

/** The guide as printed and checked: stages with their behaviours, questions and benchmarks, ids left out. */
async function guideOf(database: Database) {
  const org = await findOrg(database.pool);
  const guide = await loadCoachingGuide(database, org!.id, '2026-03-31', { asOf: '2026-03-31' });
  return guide.stages.map((s) => ({
    key: s.key, name: s.name, expectedDays: s.expectedDays, target: s.kpis.conversion.target,
    behaviours: s.behaviours.map(({ key, name, description }) => ({ key, name, description })),
    questions: s.questions.map(({ text, behaviourKey }) => ({ text, behaviourKey })),
  }));
}

/** An admin's edits of every kind: a target, a renamed, a deleted and an added behaviour, a reorder, questions. */
async function editGuide(database: Database): Promise<void> {
  const org = await findOrg(database.pool);
  const editor = { orgId: org!.id, userId: null };
  const stages = (await loadCoachingGuide(database, editor.orgId, '2026-03-31')).stages;
  const stage = (key: string) => stages.find((s) => s.key === key)!;
  valueOf(await updateGuideStage(database, editor, stage('discover').id, { conversionTarget: 0.42, expectedDays: 21 }));
  valueOf(await editBehaviour(database, editor, stage('discover').behaviours[0]!.id, { name: 'Puts a number on the pain', description: 'In their figures.' }));
  valueOf(await removeBehaviour(database, editor, stage('proposal').behaviours[1]!.id, { force: true }));
  const added = valueOf(await addBehaviour(database, editor, stage('close').id, { name: 'Confirms the signing date with the signer', description: '' }));
  valueOf(await addQuestion(database, editor, stage('close').id, { text: 'Who signs, and on which day?', behaviourId: added.id }));
  valueOf(await removeQuestion(database, editor, stage('prospect').questions[0]!.id));
  const negotiate = stage('negotiate').behaviours.map((b) => b.id);
  valueOf(await reorderStageBehaviours(database, editor, stage('negotiate').id, [...negotiate].reverse()));
}

describeEachEngine('export and re-import', (engine) => {
  let source: Database;
  let target: Database;
  beforeAll(async () => {
    [source, target] = await Promise.all([openTestDatabase(engine), openTestDatabase(engine)]);
  });
  afterAll(async () => { await source?.close(); await target?.close(); });

  it('reproduces the org exactly', async () => {
    const demo = await loadDemo(source, { seed: 11, reps: 8, asOf: '2026-03-31', actorUserId: null });
    expect(demo.errors).toEqual([]);
    await editGuide(source);
    const first = await mkdtemp(join(tmpdir(), 'cb-export-a-'));
    const exported = await exportOrg(source, first, null);
    expect(exported.counts.opportunities).toBeGreaterThan(100);
    expect(exported.counts.stageHistory).toBeGreaterThan(exported.counts.opportunities!);

    const report = await runImport(target, first, { preset: 'generic' });
    expect(report.errors).toEqual([]);
    expect(await tableCounts(target)).toEqual(await tableCounts(source));

    const second = await mkdtemp(join(tmpdir(), 'cb-export-b-'));
    await exportOrg(target, second, null);
    expect(await sortedCsvs(second)).toEqual(await sortedCsvs(first));
    const json = JSON.parse(await readFile(join(second, 'opportunities.json'), 'utf8')) as unknown[];
    expect(json).toHaveLength(exported.counts.opportunities!);

    // The guide: the admin's edits, not the default guide an import gives a new process.
    expect(exported.counts.behaviours).toBeGreaterThan(10);
    const edited = await guideOf(source);
    expect(edited.find((s) => s.key === 'discover')).toMatchObject({ target: 0.42, expectedDays: 21 });
    expect(await guideOf(target)).toEqual(edited);

    // A database whose guide an admin edited keeps it when an export is imported again.
    const org = await findOrg(target.pool);
    const discover = edited.find((s) => s.key === 'discover')!;
    const { rows } = await target.pool.query<{ id: number }>(`SELECT id FROM behaviours WHERE key = $1`, [discover.behaviours[0]!.key]);
    valueOf(await editBehaviour(target, { orgId: org!.id, userId: null }, rows[0]!.id, { name: 'Quantifies the pain, in their figures' }));
    const again = await runImport(target, first, { preset: 'generic' });
    expect(again.errors).toEqual([]);
    expect(again.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/guide has been edited in this database: it was kept/));
    expect((await guideOf(target)).find((s) => s.key === 'discover')!.behaviours[0]!.name).toBe('Quantifies the pain, in their figures');
  });
});
