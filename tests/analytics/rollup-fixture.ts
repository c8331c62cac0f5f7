// A seeded org for the rollup and rebuild tests: 5 reps, a 4-stage process, deals with
// skipped stages, won rows or not, unknown amounts and create dates (makeDeals), and "a
// day's changes" to them (changeSome), written in the generic preset's layout.
import { expect } from 'vitest';
import type { Database, Engine } from '../../src/db/client.ts';
import { runImport } from '../../src/use-cases/run-import.ts';
import { writeFolder } from '../helpers/generic-fixture.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
export const STAGES = ['qualify', 'propose', 'negotiate', 'commit'];
export const STAGES_CSV = ['key,name,position,kind', ...STAGES.map((s, i) => `${s},${s},${i + 1},open`), 'won,Won,9,won', 'lost,Lost,10,lost', 'stalled,No decision,11,no_decision'].join('\n');
const REPS = ['r1', 'r2', 'r3', 'r4', 'r5'];
export const PEOPLE_CSV = ['externalId,name,role,manager', 'm1,Mo,manager,', ...REPS.map((r) => `${r},Rep ${r},rep,m1`)].join('\n');

export type Deal = { id: string; owner: string; amount: string; created: string; history: [string, string][]; outcome: 'open' | 'won' | 'lost' | 'no_decision'; closed: string };

// A small seeded generator (LCG) so that failures reproduce.
function generator(seed: number) {
  let state = seed;
  const next = () => { state = (state * 1_103_515_245 + 12_345) % 2 ** 31; return state / 2 ** 31; };
  const int = (max: number) => Math.floor(next() * max);
  const day = (from: number, span: number) => new Date(Date.UTC(2025, 0, 1) + (from + int(span)) * 86_400_000).toISOString().slice(0, 10);
  return { next, int, day };
}

export function makeDeals(count: number): Deal[] {
  const g = generator(42);
  return Array.from({ length: count }, (_, i) => {
    const start = g.int(400);
    const created = g.next() < 0.1 ? '' : g.day(start, 1);
    let at = start;
    const history: [string, string][] = [];
    const top = 1 + g.int(STAGES.length);
    for (let s = 0; s < top; s += 1) {
      if (s > 0 && g.next() < 0.15) continue; // a skipped stage
      at += 1 + g.int(20);
      history.push([STAGES[s]!, g.day(at, 1)]);
    }
    const roll = g.next();
    const outcome = roll < 0.35 ? 'open' : roll < 0.6 ? 'won' : roll < 0.9 ? 'lost' : 'no_decision';
    const closed = outcome === 'open' ? '' : g.day(at + 1 + g.int(15), 1);
    if (outcome === 'won' && g.next() < 0.7) history.push(['won', closed]);
    return { id: `d${i}`, owner: REPS[g.int(REPS.length)]!, amount: g.next() < 0.05 ? '' : String(1000 + g.int(9000)), created, history, outcome, closed };
  });
}

export const oppCsv = (deals: Deal[]) => ['externalId,name,owner,stage,amount,createdAt,closedAt',
  ...deals.map((d) => [d.id, d.id, d.owner, d.outcome === 'open' ? d.history.at(-1)?.[0] ?? 'qualify' : d.outcome === 'no_decision' ? 'stalled' : d.outcome,
    d.amount, d.created, d.closed].join(','))].join('\n');
export const historyCsv = (deals: Deal[]) => ['opportunity,stage,enteredAt', ...deals.flatMap((d) => d.history.map(([s, at]) => `${d.id},${s},${at}`))].join('\n');

/**
 * One day's changes: some open deals move a stage on or close, some change owner, amount or
 * create date, and some won deals are corrected to lost (the stages they reached only by
 * their win are then no longer reached: their facts rows go).
 */
export function changeSome(deals: Deal[], seed: number): Deal[] {
  const g = generator(seed);
  return deals.filter(() => g.next() < 0.12).map((d) => {
    const c: Deal = { ...d, history: [...d.history] };
    const kind = g.int(5);
    const lastAt = c.history.at(-1)?.[1] ?? '2025-01-01';
    if (kind === 0 && c.outcome === 'open' && c.history.length < STAGES.length) c.history.push([STAGES[c.history.length]!, '2026-02-20']);
    else if (kind === 1 && c.outcome === 'open') Object.assign(c, { outcome: 'won', closed: '2026-02-21' > lastAt ? '2026-02-21' : lastAt });
    else if (kind === 4 && c.outcome === 'won' && !c.history.some(([stage]) => stage === 'won')) c.outcome = 'lost';
    else if (kind === 2) c.owner = REPS[g.int(REPS.length)]!;
    else c.amount = String(500 + g.int(5000));
    if (g.next() < 0.1) c.created = '';
    return c;
  });
}

/** The fixture's files for these deals in a new folder (people left out for a day's changes). */
export const writeDealsFolder = (deals: Deal[], withPeople = true) => writeFolder({
  'stages.csv': STAGES_CSV, ...(withPeople ? { 'people.csv': PEOPLE_CSV } : {}), 'opportunities.csv': oppCsv(deals), 'stage-history.csv': historyCsv(deals),
});

/** A new database of `engine` holding these deals, imported without errors, and its org. */
export async function importDealsFixture(engine: Engine, deals: Deal[]): Promise<{ database: Database; orgId: number }> {
  const database = await openTestDatabase(engine);
  const report = await runImport(database, await writeDealsFolder(deals), { preset: 'generic' });
  expect(report.errors).toEqual([]);
  const orgId = (await database.pool.query<{ id: number }>('SELECT id FROM orgs ORDER BY id LIMIT 1')).rows[0]!.id;
  return { database, orgId };
}
