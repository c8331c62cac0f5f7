// The guide of an imported process (issue 4 item 1): a Maven-like generic import
// (Prospecting → Engaging) has stages without behaviours until the admin copies the default
// guide's onto them; and the stage KPIs agree with the analytics benchmarks (docs/analytics.md).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { DEFAULT_GUIDE } from '../../src/core/coaching/default-guide.ts';
import { analyseOrg, AnalysisCache } from '../../src/use-cases/analytics/analyse-org.ts';
import { guideDocumentOf, guideSheetOf, loadCoachingGuide } from '../../src/use-cases/coaching/coaching-guide.ts';
import { copyDefaultBehaviours, updateGuideStage } from '../../src/use-cases/coaching/edit-guide-stage.ts';
import type { GuideEdit, GuideEditor } from '../../src/use-cases/coaching/guide-edits.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';
import { AS_OF, engageOnlyFiles, stallFixtureFiles } from '../stalls/stall-fixture.ts';

function value<T>(edit: GuideEdit<T>): T {
  if (!edit.ok) throw new Error(`expected success, got ${edit.code}: ${edit.message}`);
  return edit.value;
}

describeEachEngine('guide of a Maven-like import', (engine) => {
  let database: Database;
  let editor: GuideEditor;
  const load = () => loadCoachingGuide(database, editor.orgId, AS_OF);

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const report = await runImport(database, await writeFolder(engageOnlyFiles()), { preset: 'generic' });
    expect(report.errors).toEqual([]);
    const { rows } = await database.pool.query<{ id: number }>('SELECT id FROM orgs');
    editor = { orgId: rows[0]!.id, userId: null };
  });
  afterAll(async () => database?.close());

  it('has the imported stages, with no behaviours or questions yet', async () => {
    const guide = await load();
    expect(guide.stages.map((s) => [s.key, s.name, s.behaviours.length, s.questions.length]))
      .toEqual([['prospecting', 'Prospecting', 0, 0], ['engaging', 'Engaging', 0, 0]]);
    expect(guideDocumentOf(guide)).toEqual({ stages: [
      { key: 'prospecting', name: 'Prospecting', behaviours: [], questions: [] },
      { key: 'engaging', name: 'Engaging', behaviours: [], questions: [] },
    ] });
  });

  it("copies the default Discover and Teach behaviours and questions onto Engaging, under Engaging's keys", async () => {
    const engaging = (await load()).stages[1]!;
    const discover = DEFAULT_GUIDE.find((s) => s.stageKey === 'discover')!;
    const copied = value(await copyDefaultBehaviours(database, editor, engaging.id, { fromStageKey: 'discover' }));
    expect(copied.behaviours.map((b) => [b.key, b.name, b.position])).toEqual(
      discover.behaviours.map((b, i) => [b.key.replace('discover.', 'engaging.'), b.name, i + 1]));
    expect(copied).toMatchObject({ questionsCopied: 3, skipped: [] });
    value(await copyDefaultBehaviours(database, editor, engaging.id, { fromStageKey: 'teach', questions: false }));
    const document = guideDocumentOf(await load());
    expect(document.stages[1]!.behaviours.map((b) => b.key)).toEqual([
      'engaging.quantify-pain', 'engaging.map-value-drivers', 'engaging.surface-assumptions',
      'engaging.reframe-with-insight', 'engaging.make-it-personal', 'engaging.lead-to-unique-strength',
    ]);
    expect(document.stages[1]!.questions).toEqual(discover.questions.map((q) => ({ text: q.text, behaviourKey: q.behaviourKey!.replace('discover.', 'engaging.') })));
    const { rows } = await database.pool.query(`SELECT action, detail FROM audit_log WHERE detail->>'change' = 'default_behaviours_copied' ORDER BY id`);
    expect(rows.map((r) => [r.action, r.detail.fromStageKey, r.detail.behaviourKeys.length, r.detail.questions])).toEqual([
      ['guide_edited', 'discover', 3, 3], ['guide_edited', 'teach', 3, 0],
    ]);
  });

  it('copying again adds nothing; a stage that would pass 8 behaviours or an unknown stage is refused', async () => {
    const [prospecting, engaging] = (await load()).stages;
    expect(value(await copyDefaultBehaviours(database, editor, engaging!.id, { fromStageKey: 'discover' })))
      .toMatchObject({ behaviours: [], questionsCopied: 0, skipped: [{ key: 'engaging.quantify-pain' }, {}, {}] });
    expect(await copyDefaultBehaviours(database, editor, engaging!.id, { fromStageKey: 'solution' })).toMatchObject({ ok: false, code: 'unprocessable' });
    expect(await copyDefaultBehaviours(database, editor, engaging!.id, { fromStageKey: 'engaging' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await copyDefaultBehaviours(database, editor, 99_999, { fromStageKey: 'prospect' })).toMatchObject({ ok: false, code: 'not_found' });
    value(await copyDefaultBehaviours(database, editor, prospecting!.id, { fromStageKey: 'prospect' }));
    const sheet = guideSheetOf(await load());
    expect(sheet.stages.map((s) => [s.stageKey, s.behaviours.length, s.questions.length])).toEqual([['prospecting', 3, 3], ['engaging', 6, 3]]);
    expect(sheet.stages[1]!.kpis[0]!.label).toBe('Converts to Won');
  });
});

describeEachEngine('guide stage KPIs against the analytics', (engine) => {
  let database: Database;
  let editor: GuideEditor;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const report = await runImport(database, await writeFolder(stallFixtureFiles()), { preset: 'generic' });
    expect(report.errors).toEqual([]);
    const { rows } = await database.pool.query<{ id: number }>('SELECT id FROM orgs');
    editor = { orgId: rows[0]!.id, userId: null };
  });
  afterAll(async () => database?.close());

  it('shows the median conversion the gaps use and the org median days in stage; a target wins and reaches cached analyses', async () => {
    const cache = new AnalysisCache();
    const analysis = await analyseOrg(database, editor.orgId, AS_OF, { asOf: AS_OF }, cache);
    const guide = await loadCoachingGuide(database, editor.orgId, AS_OF, { asOf: AS_OF });
    expect(guide.stageReason).toBeNull();
    expect(guide.stages.map((s) => s.key)).toEqual(['qualify', 'discover', 'propose', 'negotiate']);
    expect(guide.stages.map((s) => s.kpis.conversion.median)).toEqual(analysis.benchmarks.stages.map((b) => b.value));
    expect(guide.stages.map((s) => s.kpis.conversion.medianReps)).toEqual(analysis.benchmarks.stages.map((b) => b.reps));
    expect(guide.stages.some((s) => s.kpis.conversion.basis === 'median')).toBe(true);
    // Qualify: 5 + 30×2 + 31×20 + … days, as in the stall fixture; the median of those entries.
    expect(guide.stages[0]!.kpis.daysInStage.entries).toBeGreaterThanOrEqual(65);
    expect(guide.stages[0]!.kpis.daysInStage.median).toBe(20);
    expect(guide.stages[1]!.behaviours.map((b) => b.key)).toEqual(DEFAULT_GUIDE[1]!.behaviours.map((b) => b.key)); // 'discover' is a default key

    value(await updateGuideStage(database, editor, guide.stages[0]!.id, { conversionTarget: 0.4 }));
    const after = await loadCoachingGuide(database, editor.orgId, AS_OF, { asOf: AS_OF });
    expect(after.stages[0]!.kpis.conversion).toMatchObject({ target: 0.4, median: guide.stages[0]!.kpis.conversion.median, benchmark: 0.4, basis: 'target' });
    const reanalysed = await analyseOrg(database, editor.orgId, AS_OF, { asOf: AS_OF }, cache);
    expect(reanalysed.benchmarks.stages[0]).toMatchObject({ value: 0.4, basis: 'target' });
    expect(guideSheetOf(after).stages[0]!.kpis[0]).toMatchObject({ label: 'Converts to Discover', value: '40 %' });
  });
});
