// The demo's deal innovation (src/core/demo/generate-demo-innovations.ts): deterministic for a
// seed, varied, and loaded by `coachboard demo` so that the library and deal rooms show something.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoInnovations } from '../../src/core/demo/generate-demo-innovations.ts';
import { generateDemoOrg } from '../../src/core/demo/generate-demo-org.ts';
import { detectDiscount } from '../../src/core/innovation/detect-discount.ts';
import type { Database } from '../../src/db/client.ts';
import { loadDemo } from '../../src/use-cases/load-demo.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';

const AS_OF = '2026-06-30';

describe('generateDemoInnovations', () => {
  const org = generateDemoOrg({ seed: 7, reps: 12, asOf: AS_OF });
  const data = generateDemoInnovations(7, AS_OF, org);

  it('is the same for the same seed and differs for another', () => {
    expect(generateDemoInnovations(7, AS_OF, org)).toEqual(data);
    const other = generateDemoOrg({ seed: 8, reps: 12, asOf: AS_OF });
    expect(generateDemoInnovations(8, AS_OF, other).innovations.map((i) => i.dealRef)).not.toEqual(data.innovations.map((i) => i.dealRef));
  });

  it('captures 8 to 12 innovations from won deals of their segment, across segments and obstacles', () => {
    expect(data.innovations.length).toBeGreaterThanOrEqual(8);
    expect(data.innovations.length).toBeLessThanOrEqual(12);
    expect(new Set(data.innovations.map((i) => i.segment)).size).toBe(3);
    expect(new Set(data.innovations.map((i) => i.obstacle)).size).toBeGreaterThanOrEqual(6);
    for (const i of data.innovations) {
      const deal = org.opportunities.find((o) => o.externalId === i.dealRef)!;
      const account = org.accounts.find((a) => a.externalId === deal.accountRef)!;
      expect([deal.outcome, account.segment ?? deal.segment]).toEqual(['won', i.segment]);
      expect(i.createdOn > deal.closedAt! && i.createdOn < AS_OF).toBe(true);
    }
    expect(data.reuses.length).toBeGreaterThan(0);
  });

  it('opens one finished and one running co-creation session on long-stuck open deals', () => {
    const [finished, running] = data.sessions;
    expect(finished).toMatchObject({ step: 'share', outcome: { result: 'advanced' } });
    expect(finished!.heldOn).not.toBeNull();
    expect(finished!.ideas.filter((i) => i.chosen && i.nextStep)).toHaveLength(2);
    expect(new Set(finished!.ideas.map((i) => i.lens)).size).toBe(6);
    expect(running).toMatchObject({ step: 'create', heldOn: null, outcome: null, obstacle: 'price_budget' });
    expect(running!.ideas.map((i) => detectDiscount(i.text).isDiscount)).toEqual([true, false]);
    for (const s of data.sessions) expect(org.opportunities.find((o) => o.externalId === s.dealRef)!.outcome).toBe('open');
    const deal = org.opportunities.find((o) => o.externalId === finished!.dealRef)!;
    const segment = org.accounts.find((a) => a.externalId === deal.accountRef)!.segment;
    const reused = data.innovations.find((i) => i.story === finished!.reuses[0])!;
    expect([reused.obstacle, reused.segment]).toEqual(['status_quo', segment]);
  });
});

describeEachEngine('demo load with innovations', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    expect((await loadDemo(database, { seed: 7, reps: 12, asOf: AS_OF, actorUserId: null })).errors).toEqual([]);
  });
  afterAll(async () => database?.close());

  it('writes the innovations, sessions with their ideas and the reps\' commitments, and reuses', async () => {
    const count = async (sql: string) => (await database.pool.query<{ n: number }>(sql)).rows[0]!.n;
    expect(await count('SELECT count(*)::int AS n FROM innovations')).toBe(11);
    expect(await count("SELECT count(*)::int AS n FROM coaching_sessions WHERE kind = 'co_creation'")).toBe(2);
    expect(await count('SELECT count(*)::int AS n FROM co_creation_ideas')).toBe(8);
    expect(await count(`SELECT count(*)::int AS n FROM commitments c JOIN co_creation_next_steps n ON n.commitment_id = c.id
      JOIN coaching_sessions s ON s.id = c.session_id WHERE c.rep_id = s.rep_id`)).toBe(2);
    expect(await count('SELECT count(*)::int AS n FROM innovation_uses')).toBeGreaterThan(1);
    const { rows } = await database.pool.query<{ title: string }>(
      "SELECT title FROM innovations WHERE search @@ websearch_to_tsquery('english', 'security review') ORDER BY title");
    expect(rows.map((r) => r.title)).toEqual(['One joint security session instead of a questionnaire loop']);
  });
});
