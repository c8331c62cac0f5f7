// An imported process's guide survives export and re-import (src/use-cases/coaching/restore-exported-guide.ts):
// Maven's Engaging mapped from the default Discover stage, an added behaviour, a question tied to
// it and a target come back in an empty database; an entry for a stage the process lacks and a
// damaged guide file are reported, never fatal to the data import.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { findOrg } from '../../src/db/queries/orgs.ts';
import { loadCoachingGuide } from '../../src/use-cases/coaching/coaching-guide.ts';
import { addBehaviour } from '../../src/use-cases/coaching/edit-guide-behaviours.ts';
import { addQuestion } from '../../src/use-cases/coaching/edit-guide-questions.ts';
import { copyDefaultBehaviours, updateGuideStage } from '../../src/use-cases/coaching/edit-guide-stage.ts';
import type { GuideEdit } from '../../src/use-cases/coaching/guide-edits.ts';
import { exportOrg } from '../../src/use-cases/export-org.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';
import { engageOnlyFiles } from '../stalls/stall-fixture.ts';

function valueOf<T>(edit: GuideEdit<T>): T {
  if (!edit.ok) throw new Error(`guide edit refused: ${edit.message}`);
  return edit.value;
}

async function guideOf(database: Database) {
  const org = await findOrg(database.pool);
  return (await loadCoachingGuide(database, org!.id, '2026-07-01', { asOf: '2026-07-01' })).stages.map((s) => ({
    key: s.key, name: s.name, target: s.kpis.conversion.target,
    behaviours: s.behaviours.map(({ key, name, description, position }) => ({ key, name, description, position })),
    questions: s.questions.map(({ text, behaviourKey, position }) => ({ text, behaviourKey, position })),
  }));
}

describeEachEngine('the guide of an imported process through export and re-import', (engine) => {
  let source: Database;
  let targets: Database[];
  let folder: string;

  beforeAll(async () => {
    const databases = await Promise.all([0, 1, 2, 3].map(() => openTestDatabase(engine)));
    source = databases[0]!;
    targets = databases.slice(1);
    expect((await runImport(source, await writeFolder(engageOnlyFiles()), { preset: 'generic' })).errors).toEqual([]);
    const org = await findOrg(source.pool);
    const editor = { orgId: org!.id, userId: null };
    const engaging = (await loadCoachingGuide(source, editor.orgId, '2026-07-01')).stages.find((s) => s.key === 'engaging')!;
    valueOf(await copyDefaultBehaviours(source, editor, engaging.id, { fromStageKey: 'discover' }));
    const added = valueOf(await addBehaviour(source, editor, engaging.id, { name: 'Books the next meeting live', description: 'Before the call ends.' }));
    valueOf(await addQuestion(source, editor, engaging.id, { text: 'When is the next meeting, and who is in it?', behaviourId: added.id }));
    valueOf(await updateGuideStage(source, editor, engaging.id, { conversionTarget: 0.3 }));
    folder = await mkdtemp(join(tmpdir(), 'cb-guide-export-'));
    await exportOrg(source, folder, null);
  }, 180_000);
  afterAll(async () => Promise.all([source, ...targets].map((d) => d?.close())));

  it('reproduces the mapped, added and targeted guide in an empty database', async () => {
    const report = await runImport(targets[0]!, folder, { preset: 'generic' });
    expect([report.errors, report.warnings]).toEqual([[], []]);
    const expected = await guideOf(source);
    expect(expected[1]!.behaviours.map((b) => b.key)).toEqual([
      'engaging.quantify-pain', 'engaging.map-value-drivers', 'engaging.surface-assumptions', 'engaging.books-the-next-meeting-live',
    ]);
    expect(expected[1]!.target).toBe(0.3);
    expect(await guideOf(targets[0]!)).toEqual(expected);
    const { rows } = await targets[0]!.pool.query(`SELECT detail->>'change' AS change FROM audit_log WHERE action = 'guide_edited'`);
    expect(rows).toEqual([{ change: 'restored_from_export' }]);
  });

  it('leaves out, and reports, entries for a stage the process does not have', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'cb-guide-export-'));
    for (const file of ['manifest.json', 'stages.csv', 'people.csv', 'opportunities.csv', 'starter-questions.json', 'stage-targets.json']) {
      await writeFile(join(copy, file), await readFile(join(folder, file)));
    }
    const behaviours = JSON.parse(await readFile(join(folder, 'behaviours.json'), 'utf8')) as unknown[];
    await writeFile(join(copy, 'behaviours.json'), JSON.stringify([...behaviours,
      { stage: 'negotiating', key: 'negotiating.trades', name: 'Trades, never gives', description: '', position: 1 }]));
    const report = await runImport(targets[1]!, copy, { preset: 'generic' });
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => w.message)).toEqual(['1 guide entry names a stage this process does not have; left out.']);
    expect(await guideOf(targets[1]!)).toEqual(await guideOf(source));
  });

  it('a damaged guide file is a warning: the data is imported, the guide is the one the import gives', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'cb-guide-export-'));
    for (const file of ['manifest.json', 'stages.csv', 'people.csv', 'opportunities.csv', 'starter-questions.json', 'stage-targets.json']) {
      await writeFile(join(copy, file), await readFile(join(folder, file)));
    }
    await writeFile(join(copy, 'behaviours.json'), '[{"stage": "engaging",');
    const report = await runImport(targets[2]!, copy, { preset: 'generic' });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([expect.objectContaining({ file: 'behaviours.json', message: expect.stringMatching(/not valid JSON/) })]);
    const guide = await guideOf(targets[2]!);
    expect(guide.map((s) => s.behaviours.length)).toEqual([0, 0]);
  });
});
