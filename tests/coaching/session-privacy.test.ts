// Privacy of coaching, as a matrix (issue 4 item 7, docs/privacy.md): roles × resources ×
// the status and the fields each gets. A rep never sees another rep's sessions nor any
// private note; a manager sees their subtree's sessions; leaders and admins see sessions,
// and private notes only when the org setting allows; notes never leave in an export.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoachingPrivacy, CommitmentPage, ObservationPage, SessionDetail, SessionPage } from '../../src/contract/coaching.ts';
import { exportOrg } from '../../src/use-cases/export-org.ts';
import { describeEachEngine } from '../helpers/test-database.ts';
import { ACTORS, openCoachingFixture, type Actor, type CoachingFixture } from './coaching-fixture.ts';

type Seen = number | 'full' | 'full+note' | 'summary';
type Row = Record<Actor, Seen>;

// What each actor gets for a session: a status, or 200 with the view and whether the note is in it.
const ONE_ON_ONE_A: Row = { anonymous: 401, admin: 'full', leader: 'full', managerA: 'full+note', repA1: 'summary', repA2: 404, managerB: 404, repB1: 404 };
const ONE_ON_ONE_B: Row = { anonymous: 401, admin: 'full', leader: 'full', managerA: 404, repA1: 404, repA2: 404, managerB: 'full+note', repB1: 'summary' };
const TEAM_A: Row = { anonymous: 401, admin: 'full', leader: 'full', managerA: 'full+note', repA1: 'summary', repA2: 'summary', managerB: 404, repB1: 404 };

const notesOpen = (row: Row): Row => Object.fromEntries(Object.entries(row).map(([actor, seen]) =>
  [actor, (actor === 'admin' || actor === 'leader') && seen === 'full' ? 'full+note' : seen])) as Row;

const SECRETS = ['NOTE-SECRET', 'PREP-SECRET', 'UNDERSTAND-SECRET'];

describeEachEngine('coaching privacy matrix', (engine) => {
  let f: CoachingFixture;
  let behaviourId = 0;
  const s = { a: 0, b: 0, team: 0 };

  const create = async (actor: Actor, body: Record<string, unknown>, tag: string) => {
    const created = await f.request(actor, 'POST', '/sessions', { scheduledAt: '2026-06-29T09:00:00Z', ...body });
    expect(created.status).toBe(201);
    const id = (created.body as { id: number }).id;
    const saved = await f.request(actor, 'PATCH', `/sessions/${id}`, {
      prepare: `PREP-SECRET ${tag}`, understand: `UNDERSTAND-SECRET ${tag}`, privateNote: `NOTE-SECRET ${tag}`,
      specify: `Specify ${tag}`, embed: `Embed ${tag}`,
    });
    expect(saved.status).toBe(200);
    return id;
  };

  beforeAll(async () => {
    f = await openCoachingFixture(engine);
    behaviourId = (await f.database.pool.query<{ id: number }>('SELECT min(id) AS id FROM behaviours')).rows[0]!.id;
    s.a = await create('managerA', { kind: 'one_on_one', repId: f.ids.repA1 }, 'A1');
    s.b = await create('managerB', { kind: 'one_on_one', repId: f.ids.repB1 }, 'B1');
    s.team = await create('managerA', { kind: 'team_skill' }, 'TEAM');
    for (const rep of [f.ids.repA1, f.ids.repA2]) {
      const added = await f.request('managerA', 'POST', `/sessions/${s.team}/commitments`, { text: `Commitment of ${rep}`, dueOn: '2026-07-06', repId: rep });
      expect(added.status).toBe(201);
    }
    const observed = await f.request('managerA', 'POST', `/sessions/${s.a}/understand`, { rating: 2, evidence: 'UNDERSTAND-SECRET evidence', behaviourId });
    expect(observed.status).toBe(200);
  });
  afterAll(async () => f?.database.close());

  /** What `actor` got: a status, or the view and whether a private note came with it (and no secret leaked into a summary). */
  async function seen(actor: Actor, id: number): Promise<Seen> {
    const { status, body, text } = await f.request(actor, 'GET', `/sessions/${id}`);
    if (status !== 200) return status;
    const session = SessionDetail.parse(body);
    const hasNote = 'privateNote' in body;
    expect(text.includes('NOTE-SECRET')).toBe(hasNote);
    if (session.view === 'summary') {
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      return 'summary';
    }
    return hasNote ? 'full+note' : 'full';
  }

  async function matrix(id: number): Promise<Row> {
    const row = {} as Row;
    for (const actor of ACTORS) row[actor] = await seen(actor, id);
    return row;
  }

  describe('with the default setting (leaders do not see private notes)', () => {
    it('GET /settings/coaching-privacy says so', async () => {
      const { status, body } = await f.request('leader', 'GET', '/settings/coaching-privacy');
      expect([status, CoachingPrivacy.parse(body)]).toEqual([200, { leadersSeePrivateNotes: false }]);
    });

    it("a one-on-one of manager A's team", async () => expect(await matrix(s.a)).toEqual(ONE_ON_ONE_A));
    it("a one-on-one of manager B's team", async () => expect(await matrix(s.b)).toEqual(ONE_ON_ONE_B));
    it("manager A's team skill session", async () => expect(await matrix(s.team)).toEqual(TEAM_A));

    it("in a team session's summary, a rep sees only their own commitments", async () => {
      for (const rep of ['repA1', 'repA2'] as const) {
        const session = SessionDetail.parse((await f.request(rep, 'GET', `/sessions/${s.team}`)).body);
        expect(session.commitments.map((c) => c.rep.id)).toEqual([f.ids[rep]]);
      }
      const full = SessionDetail.parse((await f.request('managerA', 'GET', `/sessions/${s.team}`)).body);
      expect(full.commitments).toHaveLength(2);
    });

    it('lists: each actor lists exactly the sessions they may open, and no list carries notes or private steps', async () => {
      const mine = [s.a, s.b, s.team];
      const expected: Record<Actor, number[] | number> = {
        anonymous: 401, admin: mine, leader: mine, managerA: [s.a, s.team], repA1: [s.a, s.team], repA2: [s.team], managerB: [s.b], repB1: [s.b],
      };
      const actual = {} as Record<Actor, number[] | number>;
      for (const actor of ACTORS) {
        const { status, body, text } = await f.request(actor, 'GET', '/sessions?from=2026-06-29&pageSize=100');
        if (status !== 200) { actual[actor] = status; continue; }
        const page = SessionPage.parse(body);
        for (const secret of SECRETS) expect(text).not.toContain(secret);
        for (const item of body.items as Record<string, unknown>[]) for (const key of ['privateNote', 'prepare', 'understand', 'affirm']) expect(item).not.toHaveProperty(key);
        actual[actor] = page.items.map((i) => i.id).filter((id) => mine.includes(id)).sort((x, y) => x - y);
      }
      expect(actual).toEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort((x, y) => x - y) : v])));
    });

    it("a rep's list holds only their own sessions and their manager's team sessions, even when asking for another rep's", async () => {
      const all = SessionPage.parse((await f.request('repA2', 'GET', '/sessions?pageSize=500')).body);
      expect(all.items.every((i) => i.rep?.id === f.ids.repA2 || (i.kind === 'team_skill' && i.manager.id === f.ids.managerA))).toBe(true);
      const asked = SessionPage.parse((await f.request('repA2', 'GET', `/sessions?repId=${f.ids.repA1}`)).body);
      expect(asked.items).toEqual([]);
    });

    it('the generated Prepare, the Specify check and writes: by role', async () => {
      const expected: Record<string, Record<Actor, number>> = {
        [`GET /sessions/${s.a}/prepare`]: { anonymous: 401, admin: 200, leader: 200, managerA: 200, repA1: 403, repA2: 404, managerB: 404, repB1: 404 },
        [`POST /sessions/${s.a}/specify-check`]: { anonymous: 401, admin: 200, leader: 200, managerA: 200, repA1: 403, repA2: 404, managerB: 404, repB1: 404 },
        [`PATCH /sessions/${s.a}`]: { anonymous: 401, admin: 403, leader: 403, managerA: 200, repA1: 403, repA2: 404, managerB: 404, repB1: 404 },
        [`POST /sessions/${s.a}/commitments`]: { anonymous: 401, admin: 403, leader: 403, managerA: 201, repA1: 403, repA2: 404, managerB: 404, repB1: 404 },
      };
      const bodies: Record<string, unknown> = {
        POST_specify: { text: 'Challenge more.' }, PATCH: { embed: 'Embed A1' }, POST_commitments: { text: 'Send the plan', dueOn: '2026-07-03' },
      };
      for (const [route, row] of Object.entries(expected)) {
        const [method, path] = route.split(' ') as [string, string];
        const body = method === 'GET' ? undefined : bodies[method === 'PATCH' ? 'PATCH' : path.endsWith('specify-check') ? 'POST_specify' : 'POST_commitments'];
        const actual = {} as Record<Actor, number>;
        for (const actor of ACTORS) actual[actor] = (await f.request(actor, method, path, body)).status;
        expect([route, actual]).toEqual([route, row]);
      }
    });

    it("observations: a rep sees their own, a manager their team's, nobody another team's", async () => {
      const expected: Record<Actor, number> = { anonymous: 401, admin: 200, leader: 200, managerA: 200, repA1: 200, repA2: 404, managerB: 404, repB1: 404 };
      const actual = {} as Record<Actor, number>;
      for (const actor of ACTORS) {
        const { status, body } = await f.request(actor, 'GET', `/reps/${f.ids.repA1}/observations`);
        actual[actor] = status;
        if (status === 200) expect(ObservationPage.parse(body).items.every((o) => o.rep.id === f.ids.repA1)).toBe(true);
      }
      expect(actual).toEqual(expected);
      const write: Record<Actor, number> = { anonymous: 401, admin: 403, leader: 201, managerA: 201, repA1: 403, repA2: 403, managerB: 404, repB1: 403 };
      const wrote = {} as Record<Actor, number>;
      for (const actor of ACTORS) {
        wrote[actor] = (await f.request(actor, 'POST', '/observations', {
          repId: f.ids.repA1, behaviourId, rating: 3, evidence: 'Led the call with an insight.', source: 'joint_call', observedAt: '2026-06-26',
        })).status;
      }
      expect(wrote).toEqual(write);
    });

    it('commitments: a rep lists only their own; a manager only their subtree\'s', async () => {
      const own = (actor: Actor, id: number) => async () => {
        const page = CommitmentPage.parse((await f.request(actor, 'GET', '/commitments?pageSize=500')).body);
        return page.items.every((c) => c.rep.id === id) && page.items.length > 0;
      };
      expect(await own('repA1', f.ids.repA1)()).toBe(true);
      expect(await own('repA2', f.ids.repA2)()).toBe(true);
      const b = CommitmentPage.parse((await f.request('managerB', 'GET', '/commitments?pageSize=500')).body);
      expect(b.items.some((c) => [f.ids.repA1, f.ids.repA2].includes(c.rep.id))).toBe(false);
      const asked = CommitmentPage.parse((await f.request('repA1', 'GET', `/commitments?repId=${f.ids.repA2}`)).body);
      expect(asked.items).toEqual([]);
    });

    it('the export for reviews leaves out every session note and step', async () => {
      const folder = await mkdtemp(join(tmpdir(), 'cb-export-'));
      await exportOrg(f.database, folder, null);
      const files = await readdir(folder);
      expect(files.some((name) => /session|commitment|observation/i.test(name))).toBe(false);
      for (const name of files) {
        const text = await readFile(join(folder, name), 'utf8');
        for (const secret of [...SECRETS, 'Specify A1', 'private_note', 'privateNote']) expect([name, text.includes(secret)]).toEqual([name, false]);
      }
    });
  });

  describe('when an admin lets leaders see private notes', () => {
    beforeAll(async () => {
      expect((await f.request('leader', 'PUT', '/settings/coaching-privacy', { leadersSeePrivateNotes: true })).status).toBe(403);
      expect((await f.request('managerA', 'PUT', '/settings/coaching-privacy', { leadersSeePrivateNotes: true })).status).toBe(403);
      const { status, body } = await f.request('admin', 'PUT', '/settings/coaching-privacy', { leadersSeePrivateNotes: true });
      expect([status, body]).toEqual([200, { leadersSeePrivateNotes: true }]);
    });

    it('audits the change', async () => {
      const { rows } = await f.database.pool.query<{ action: string; detail: unknown }>(
        `SELECT action, detail FROM audit_log WHERE action = 'coaching_privacy_changed'`);
      expect(rows).toEqual([{ action: 'coaching_privacy_changed', detail: { leadersSeePrivateNotes: true } }]);
    });

    it('leaders and admins see the notes; reps and other managers still do not', async () => {
      expect(await matrix(s.a)).toEqual(notesOpen(ONE_ON_ONE_A));
      expect(await matrix(s.b)).toEqual(notesOpen(ONE_ON_ONE_B));
      expect(await matrix(s.team)).toEqual(notesOpen(TEAM_A));
    });

    it('a manager above the session\'s manager sees it like a leader: the note only with the setting', async () => {
      await f.database.pool.query('UPDATE people SET manager_id = $1 WHERE id = $2', [f.ids.managerA, f.ids.managerB]);
      expect(await seen('managerA', s.b)).toBe('full+note');
      await f.request('admin', 'PUT', '/settings/coaching-privacy', { leadersSeePrivateNotes: false });
      expect(await seen('managerA', s.b)).toBe('full');
      expect(await seen('leader', s.b)).toBe('full');
      // Seeing is not editing: only the session's own manager writes.
      expect((await f.request('managerA', 'PATCH', `/sessions/${s.b}`, { embed: 'x' })).status).toBe(403);
      // Manager B, now under A, still does not see A's sessions.
      expect(await seen('managerB', s.a)).toBe(404);
    });
  });
});
