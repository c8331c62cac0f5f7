// Editing the coaching guide through its use-cases, on both engines (SPEC §4.7, issue 4
// item 1): stages, behaviours, questions and benchmark targets; each refusal typed
// (not_found, conflict, unprocessable); each change in the audit log.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { DEFAULT_GUIDE } from '../../src/core/coaching/default-guide.ts';
import { guideSheetOf, loadCoachingGuide, type OrgGuide, type OrgGuideStage } from '../../src/use-cases/coaching/coaching-guide.ts';
import { countPdfPages } from '../../src/use-cases/coaching/count-pdf-pages.ts';
import { openGuidePrinter } from '../../src/use-cases/coaching/print-guide.ts';
import { addBehaviour, editBehaviour, removeBehaviour, reorderStageBehaviours } from '../../src/use-cases/coaching/edit-guide-behaviours.ts';
import { addQuestion, editQuestion, removeQuestion } from '../../src/use-cases/coaching/edit-guide-questions.ts';
import { updateGuideStage } from '../../src/use-cases/coaching/edit-guide-stage.ts';
import type { GuideEdit, GuideEditor } from '../../src/use-cases/coaching/guide-edits.ts';
import { setUpOrg } from '../../src/use-cases/manage-users.ts';
import { importBaseDeals } from '../helpers/generic-fixture.ts';
import { CHROMIUM, hasChromium } from '../helpers/browser.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

const TODAY = '2026-06-30';

function value<T>(edit: GuideEdit<T>): T {
  if (!edit.ok) throw new Error(`expected success, got ${edit.code}: ${edit.message}`);
  return edit.value;
}
const failure = <T>(edit: GuideEdit<T>) => (edit.ok ? 'ok' : edit.code);

describeEachEngine('coaching guide edits', (engine) => {
  let database: Database;
  let editor: GuideEditor;
  let guide: OrgGuide;
  const stage = (key: string): OrgGuideStage => guide.stages.find((s) => s.key === key)!;
  const reload = async () => { guide = await loadCoachingGuide(database, editor.orgId, TODAY); };
  const lastAudit = async () => (await database.pool.query<{ action: string; actor: number | null; detail: Record<string, unknown> }>(
    'SELECT action, actor_user_id AS actor, detail FROM audit_log ORDER BY id DESC LIMIT 1')).rows[0]!;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const admin = await setUpOrg(database, { orgName: 'Acme <Tools> & Co', name: 'Ada', email: 'ada@example.com', password: 'admin password 1' });
    if (!admin.ok) throw new Error(admin.reason);
    editor = { orgId: admin.user.orgId, userId: admin.user.id };
    await importBaseDeals(database);
    await reload();
  });
  afterAll(async () => database?.close());

  it('reads the default guide written into the imported default process, with stage KPIs', () => {
    expect(guide.orgName).toBe('Acme <Tools> & Co');
    expect(guide.stages.map((s) => s.key)).toEqual(DEFAULT_GUIDE.map((s) => s.stageKey));
    for (const [i, s] of DEFAULT_GUIDE.entries()) {
      const org = guide.stages[i]!;
      expect(org.behaviours.map((b) => [b.key, b.name, b.description])).toEqual(s.behaviours.map((b) => [b.key, b.name, b.description]));
      expect(org.questions.map((q) => [q.text, q.behaviourKey])).toEqual(s.questions.map((q) => [q.text, q.behaviourKey ?? null]));
      expect(org.kpis.daysInStage.expected).toBe(s.kpis.find((k) => k.kpi === 'days_in_stage')?.benchmark);
      expect(org.kpis.conversion).toMatchObject({ nextStageName: DEFAULT_GUIDE[i + 1]?.stageName ?? 'Won', target: null, basis: null });
    }
    expect(guide.stageReason).toMatch(/no stage history/);
  });

  it('renames a stage, sets its expected days and its conversion target, then clears the target', async () => {
    const teach = stage('teach');
    const version = async () => (await database.pool.query<{ v: number }>('SELECT data_version AS v FROM orgs')).rows[0]!.v;
    const before = await version();
    expect(value(await updateGuideStage(database, editor, teach.id, { name: '  Reframe ', expectedDays: 12, conversionTarget: 0.55 })))
      .toEqual({ id: teach.id, key: 'teach', name: 'Reframe', expectedDays: 12, conversionTarget: 0.55 });
    expect(await version()).toBe(before + 1); // cached analyses see the new name and target
    expect(await lastAudit()).toEqual({ action: 'guide_edited', actor: editor.userId, detail: {
      change: 'stage_updated', stageKey: 'teach',
      from: { name: 'Teach / Reframe', expectedDays: 10, conversionTarget: null }, to: { name: 'Reframe', expectedDays: 12, conversionTarget: 0.55 },
    } });
    await reload();
    expect(stage('teach')).toMatchObject({ name: 'Reframe', expectedDays: 12 });
    expect(stage('teach').kpis.conversion).toMatchObject({ target: 0.55, benchmark: 0.55, basis: 'target' });
    expect(stage('discover').kpis.conversion.nextStageName).toBe('Reframe');
    const { rows } = await database.pool.query(`SELECT kpi, scope, scope_id, value FROM kpi_targets`);
    expect(rows).toEqual([{ kpi: 'stage_conversion:teach', scope: 'org', scope_id: null, value: 0.55 }]);
    expect(value(await updateGuideStage(database, editor, teach.id, { conversionTarget: null, expectedDays: null })))
      .toMatchObject({ expectedDays: null, conversionTarget: null });
    expect((await database.pool.query('SELECT 1 FROM kpi_targets')).rows).toEqual([]);
  });

  it('refuses a stage that is not an open stage of the org, and a name another stage has', async () => {
    const { rows } = await database.pool.query<{ id: number }>(`SELECT id FROM stages WHERE key = 'won'`);
    expect(failure(await updateGuideStage(database, editor, rows[0]!.id, { name: 'Done' }))).toBe('not_found');
    expect(failure(await updateGuideStage(database, editor, 99_999, { name: 'Done' }))).toBe('not_found');
    expect(failure(await updateGuideStage(database, editor, stage('close').id, { name: 'discover' }))).toBe('conflict');
    expect(failure(await updateGuideStage(database, editor, stage('close').id, { name: 'won' }))).toBe('conflict');
    expect(value(await updateGuideStage(database, editor, stage('close').id, { name: 'CLOSE' })).name).toBe('CLOSE'); // its own name, recased
  });

  it('adds a behaviour with a key from its stage and name; refuses twins and a full stage', async () => {
    const close = stage('close');
    const added = value(await addBehaviour(database, editor, close.id, { name: 'Confirms the signing path!', description: 'Knows who signs, where and when.' }));
    expect(added).toMatchObject({ key: 'close.confirms-the-signing-path', name: 'Confirms the signing path!', position: 3 });
    expect(await lastAudit()).toMatchObject({ action: 'guide_edited', detail: { change: 'behaviour_added', stageKey: 'close', behaviourKey: added.key } });
    expect(failure(await addBehaviour(database, editor, close.id, { name: 'confirms  the signing path!', description: '' }))).toBe('conflict');
    expect(failure(await addBehaviour(database, editor, close.id, { name: 'Confirms the signing path?', description: '' }))).toBe('conflict'); // same key
    expect(failure(await addBehaviour(database, editor, 99_999, { name: 'Anything', description: '' }))).toBe('not_found');
    for (let i = 4; i <= 8; i += 1) value(await addBehaviour(database, editor, close.id, { name: `Extra behaviour ${i}`, description: '' }));
    expect(failure(await addBehaviour(database, editor, close.id, { name: 'One too many', description: '' }))).toBe('unprocessable');
    await reload();
    expect(stage('close').behaviours).toHaveLength(8);
  });

  it('edits a behaviour, keeping its key; refuses a twin name and an unknown id', async () => {
    const first = stage('prospect').behaviours[0]!;
    const edited = value(await editBehaviour(database, editor, first.id, { name: 'Opens with an insight', description: '  New words. ' }));
    expect(edited).toMatchObject({ id: first.id, key: 'prospect.lead-with-insight', name: 'Opens with an insight', description: 'New words.' });
    expect((await lastAudit()).detail).toMatchObject({ change: 'behaviour_updated', from: { name: first.name }, to: { name: 'Opens with an insight' } });
    expect(failure(await editBehaviour(database, editor, first.id, { name: stage('prospect').behaviours[1]!.name }))).toBe('conflict');
    expect(failure(await editBehaviour(database, editor, 99_999, { name: 'X' }))).toBe('not_found');
  });

  it('reorders the behaviours of a stage, listing each once', async () => {
    const ids = stage('discover').behaviours.map((b) => b.id);
    const reordered = value(await reorderStageBehaviours(database, editor, stage('discover').id, [ids[2]!, ids[0]!, ids[1]!]));
    expect(reordered.map((b) => [b.id, b.position])).toEqual([[ids[2], 1], [ids[0], 2], [ids[1], 3]]);
    expect((await lastAudit()).detail).toMatchObject({ change: 'behaviours_reordered', stageKey: 'discover' });
    const other = stage('solution').behaviours[0]!.id;
    expect(failure(await reorderStageBehaviours(database, editor, stage('discover').id, [ids[0]!, ids[1]!]))).toBe('unprocessable');
    expect(failure(await reorderStageBehaviours(database, editor, stage('discover').id, [ids[0]!, ids[1]!, ids[2]!, ids[2]!]))).toBe('unprocessable');
    expect(failure(await reorderStageBehaviours(database, editor, stage('discover').id, [...ids, other]))).toBe('unprocessable');
    expect(failure(await reorderStageBehaviours(database, editor, stage('discover').id, [...ids, 99_999]))).toBe('not_found');
    await reload();
    expect(stage('discover').behaviours.map((b) => b.id)).toEqual([ids[2], ids[0], ids[1]]);
  });

  it('deletes a behaviour: its questions stay unlinked; one with observations only with force', async () => {
    const negotiate = stage('negotiate');
    const [rated, plain] = [negotiate.behaviours[0]!, negotiate.behaviours[1]!];
    const { rows: people } = await database.pool.query<{ id: number }>(`SELECT id FROM people WHERE external_id IN ('m1', 'r1') ORDER BY external_id`);
    await database.pool.query(`INSERT INTO observations (org_id, rep_id, observer_id, behaviour_id, rating, evidence, source, observed_at)
      VALUES ($1, $2, $3, $4, 3, 'Joint call', 'joint_call', '2026-06-01')`, [editor.orgId, people[1]!.id, people[0]!.id, rated.id]);
    const removed = value(await removeBehaviour(database, editor, plain.id));
    expect(removed).toEqual({ id: plain.id, key: plain.key, observationsDeleted: 0, questionsUnlinked: 1 });
    expect(await lastAudit()).toMatchObject({ detail: { change: 'behaviour_deleted', behaviourKey: plain.key, questionsUnlinked: 1 } });
    await reload();
    expect(stage('negotiate').questions.map((q) => q.behaviourKey)).toEqual([rated.key, null]);
    // The guide tells the editor how many observations a delete would take with it.
    expect(stage('negotiate').behaviours.map((b) => [b.key, b.observations])).toEqual(
      stage('negotiate').behaviours.map((b) => [b.key, b.id === rated.id ? 1 : 0]));
    const refused = await removeBehaviour(database, editor, rated.id);
    expect(refused).toMatchObject({ ok: false, code: 'conflict', message: expect.stringMatching(/1 observation;/) });
    expect(value(await removeBehaviour(database, editor, rated.id, { force: true }))).toMatchObject({ observationsDeleted: 1, questionsUnlinked: 1 });
    expect((await database.pool.query('SELECT 1 FROM observations')).rows).toEqual([]);
    expect(failure(await removeBehaviour(database, editor, rated.id))).toBe('not_found');
  });

  it('adds, edits and deletes starter questions, tied to a behaviour of their own stage', async () => {
    const proposal = stage('proposal');
    const [b1, b2] = [proposal.behaviours[0]!, proposal.behaviours[1]!];
    const q = value(await addQuestion(database, editor, proposal.id, { text: ' Who reads the proposal first? ', behaviourId: b1.id }));
    expect(q).toMatchObject({ text: 'Who reads the proposal first?', behaviourId: b1.id, behaviourKey: b1.key, position: 4 });
    expect(await lastAudit()).toMatchObject({ detail: { change: 'question_added', stageKey: 'proposal', behaviourKey: b1.key } });
    expect(failure(await addQuestion(database, editor, proposal.id, { text: 'who reads the proposal FIRST?', behaviourId: null }))).toBe('conflict');
    expect(failure(await addQuestion(database, editor, proposal.id, { text: 'Other?', behaviourId: stage('close').behaviours[0]!.id }))).toBe('unprocessable');
    expect(failure(await addQuestion(database, editor, proposal.id, { text: 'Other?', behaviourId: 99_999 }))).toBe('not_found');
    expect(failure(await addQuestion(database, editor, 99_999, { text: 'Other?', behaviourId: null }))).toBe('not_found');
    expect(value(await editQuestion(database, editor, q.id, { behaviourId: b2.id }))).toMatchObject({ behaviourKey: b2.key, text: q.text });
    expect(value(await editQuestion(database, editor, q.id, { text: 'Who reads it first?', behaviourId: null }))).toMatchObject({ text: 'Who reads it first?', behaviourKey: null });
    expect(failure(await editQuestion(database, editor, q.id, { text: proposal.questions[0]!.text }))).toBe('conflict');
    expect(failure(await editQuestion(database, editor, q.id, { behaviourId: stage('close').behaviours[0]!.id }))).toBe('unprocessable');
    expect(value(await removeQuestion(database, editor, q.id))).toEqual({ id: q.id });
    expect(await lastAudit()).toMatchObject({ detail: { change: 'question_deleted', questionId: q.id, text: 'Who reads it first?' } });
    expect(failure(await removeQuestion(database, editor, q.id))).toBe('not_found');
    for (let i = 4; i <= 8; i += 1) value(await addQuestion(database, editor, proposal.id, { text: `Question ${i}?`, behaviourId: null }));
    expect(failure(await addQuestion(database, editor, proposal.id, { text: 'Ninth?', behaviourId: null }))).toBe('unprocessable');
  });

  it('writes one audit entry per change, all as guide_edited with the admin as actor', async () => {
    const { rows } = await database.pool.query<{ change: string; n: number }>(`
      SELECT detail->>'change' AS change, count(*)::int AS n FROM audit_log
      WHERE action = 'guide_edited' AND actor_user_id = $1 GROUP BY 1 ORDER BY 1`, [editor.userId]);
    expect(Object.fromEntries(rows.map((r) => [r.change, r.n]))).toEqual({
      behaviour_added: 6, behaviour_deleted: 2, behaviour_updated: 1, behaviours_reordered: 1,
      question_added: 6, question_deleted: 1, question_updated: 2, stage_updated: 3,
    });
  });

  it('refuses an edit that would push the guide past one page, rolls it back, and what it kept prints on one page', async () => {
    const solution = stage('solution');
    // Seven stages share the page: the default guide leaves room for a few short behaviours, not eight long ones.
    const long = (i: number) => ({ name: `Agrees criterion ${i} in writing`, description: i % 2 === 0 ? 'With the champion.' : '' });
    let refusal: GuideEdit<unknown> | null = null;
    for (let i = solution.behaviours.length + 1; i <= 8 && refusal === null; i += 1) {
      const edit = await addBehaviour(database, editor, solution.id, long(i));
      if (!edit.ok) refusal = edit;
    }
    expect(refusal).toMatchObject({ ok: false, code: 'unprocessable', message: expect.stringMatching(/"Solution" too long to print the guide on one page/) });
    const audits = (await database.pool.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n as number;
    await reload();
    const kept = stage('solution').behaviours.length;
    expect(kept).toBeGreaterThan(solution.behaviours.length);
    // A longer question or a longer name is refused the same way; a shorter one is not.
    const last = stage('solution').behaviours.at(-1)!;
    expect(failure(await addQuestion(database, editor, solution.id, { text: `${'Why would they '.repeat(13)}?`, behaviourId: last.id }))).toBe('unprocessable');
    expect(value(await editBehaviour(database, editor, last.id, { description: 'Short again.' })).description).toBe('Short again.');
    expect((await database.pool.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n).toBe(audits + 1);
    await reload();
    expect(stage('solution').behaviours).toHaveLength(kept);
    if (!hasChromium) return;
    // The longest guide the editor accepted prints on exactly one page, measured in Chromium.
    const printer = await openGuidePrinter(CHROMIUM);
    try {
      for (const paper of ['a4', 'letter'] as const) {
        const fitted = await printer.fit(guideSheetOf(guide), paper);
        expect(fitted.bodyPt).toBeGreaterThanOrEqual(7);
        expect(countPdfPages(await printer.pdf(fitted.html, paper))).toBe(1);
      }
    } finally {
      await printer.close();
    }
  });
});
