// Correctness cross-check of the per-rep KPIs (docs/analytics.md, SPEC §3.1 and §4.2):
// (a) the independent reference (maven-reference-kpis.ts) is checked by hand-computed
//     figures on a tiny fixture and by plain line counting on the real Maven file;
// (b) the product's `coachboard reps --json` on Maven as of 2017-12-31 (180 days) must
//     match the reference for every rep and every KPI.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasMaven, MAVEN_DIR } from '../helpers/shared-data.ts';
import {
  computeMavenReferenceKpis, mavenPeerMedianWonValue, mavenWindow, type ReferenceKpis,
} from './maven-reference-kpis.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const AS_OF = '2017-12-31';
const WINDOW_DAYS = 180;
const KPI_FIELDS = [
  'wonCount', 'lostCount', 'winRate', 'winRateValue', 'wonValue', 'avgDealSize', 'cycleDaysMedian',
  'openCount', 'openValue', 'attainment', 'attainmentBasis', 'activitiesPerWeek',
] as const satisfies readonly (keyof ReferenceKpis)[];
const COUNT_FIELDS = new Set<string>(['wonCount', 'lostCount', 'openCount']);

const NO_DEALS: ReferenceKpis = {
  wonCount: 0, lostCount: 0, winRate: null, winRateValue: null, wonValue: 0, avgDealSize: null,
  cycleDaysMedian: null, openCount: 0, openValue: 0, attainment: 0, attainmentBasis: 'peer_median',
  activitiesPerWeek: null,
};

describe('the reference computation, on a hand-made fixture', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'coachboard-maven-fixture-'));
    writeFileSync(join(dir, 'sales_teams.csv'), [
      'sales_agent,manager,regional_office',
      'Ann A,Mia M,Central', 'Bob B,Mia M,Central', 'Cid C,Mia M,East', 'Dee D,Mia M,East', '',
    ].join('\n'));
    writeFileSync(join(dir, 'sales_pipeline.csv'), [
      'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value',
      // Ann: four wins in the window (both edges included), one just before it, one open deal.
      'A1,Ann A,GTX Basic,Acme,Won,2017-06-01,2017-07-05,100', // first day of the window; cycle 34
      'A2,Ann A,GTXPro,Acme,Won,2017-07-01,2017-08-01,300', // cycle 31
      'A3,Ann A,GTX Basic,Acme,Won,2017-01-01,2017-07-04,999', // the day before the window: out
      'A4,Ann A,GTX Basic,Acme,Won,2017-12-01,2017-12-31,200', // the as-of date; cycle 30
      'A5,Ann A,GTX Basic,Acme,Won,2017-09-01,2017-10-11,400', // cycle 40
      'A6,Ann A,GTX Basic,,Engaging,2017-12-20,,', // open, amount unknown
      // Bob: one win, two losses in the window, one old loss; a win closed after the as-of
      // date (so still open then, amount known) and a deal engaged after it (not started yet).
      'B1,Bob B,MG Special,Acme,Won,2017-08-01,2017-08-11,50', // cycle 10
      'B2,Bob B,MG Special,Acme,Lost,2017-08-01,2017-09-01,0',
      'B3,Bob B,MG Special,Acme,Lost,2017-08-01,2017-09-02,0',
      'B4,Bob B,MG Special,Acme,Lost,2017-05-01,2017-06-01,0', // before the window
      'B5,Bob B,MG Special,Acme,Won,2017-12-15,2018-01-10,70', // open as of 2017-12-31
      'B6,Bob B,MG Special,,Engaging,2018-01-05,,', // starts after the as-of date: not open
      // Cid: no deals. Dee: one Prospecting deal (unknown start, unknown amount).
      'D1,Dee D,MG Special,,Prospecting,,,',
      '',
    ].join('\n'));
  });
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('derives the window: 180 days up to and including the as-of date', () => {
    expect(mavenWindow('2017-12-31', 180)).toEqual({ start: '2017-07-05', end: '2017-12-31' });
    expect(mavenWindow('2017-03-01', 1)).toEqual({ start: '2017-03-01', end: '2017-03-01' });
    expect(mavenWindow('2016-03-01', 2)).toEqual({ start: '2016-02-29', end: '2016-03-01' });
  });

  it('gives the hand-computed KPIs', () => {
    const kpis = computeMavenReferenceKpis(dir, '2017-12-31', 180);
    expect([...kpis.keys()]).toEqual(['Ann A', 'Bob B', 'Cid C', 'Dee D']);
    // Won values 1000, 50, 0, 0: the peer median is (0 + 50) / 2 = 25.
    expect(mavenPeerMedianWonValue(kpis)).toBe(25);
    expect(kpis.get('Ann A')).toEqual({
      wonCount: 4, lostCount: 0, winRate: 1, winRateValue: 1, wonValue: 1000, avgDealSize: 250,
      cycleDaysMedian: 32.5, openCount: 1, openValue: null, attainment: 40, attainmentBasis: 'peer_median',
      activitiesPerWeek: null,
    });
    expect(kpis.get('Bob B')).toEqual({
      wonCount: 1, lostCount: 2, winRate: 1 / 3, winRateValue: null, wonValue: 50, avgDealSize: 50,
      cycleDaysMedian: 10, openCount: 1, openValue: 70, attainment: 2, attainmentBasis: 'peer_median',
      activitiesPerWeek: null,
    });
    expect(kpis.get('Cid C')).toEqual(NO_DEALS);
    expect(kpis.get('Dee D')).toEqual({ ...NO_DEALS, openCount: 1, openValue: null });
  });

  it('gives no attainment when the peer median is 0', () => {
    // As of 2017-07-04 over 1 day only Ann's A3 (999) is won: won values 999, 0, 0, 0.
    const kpis = computeMavenReferenceKpis(dir, '2017-07-04', 1);
    expect(kpis.get('Ann A')).toMatchObject({ wonCount: 1, wonValue: 999, attainment: null, attainmentBasis: null });
    expect(kpis.get('Cid C')).toMatchObject({ wonValue: 0, attainment: null, attainmentBasis: null });
  });

  it('rejects a deal whose agent is not in sales_teams.csv', () => {
    const bad = mkdtempSync(join(tmpdir(), 'coachboard-maven-bad-'));
    try {
      writeFileSync(join(bad, 'sales_teams.csv'), 'sales_agent,manager,regional_office\nAnn A,Mia M,Central\n');
      writeFileSync(join(bad, 'sales_pipeline.csv'),
        'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\nX1,Zed Z,MG Special,Acme,Won,2017-08-01,2017-08-11,50\n');
      expect(() => computeMavenReferenceKpis(bad, '2017-12-31', 180)).toThrow(/Zed Z/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasMaven)('Maven per-rep KPIs as of 2017-12-31 (180 days)', () => {
  // The window's bounds as plain strings: ISO dates compare correctly as text.
  const FROM = '2017-07-05';
  const TO = '2017-12-31';

  describe('the reference, against plain line counting of the CSV files', () => {
    let reference: Map<string, ReferenceKpis>;
    let deals: string[][];
    let col: (name: string) => number;
    let teamNames: string[];
    beforeAll(() => {
      reference = computeMavenReferenceKpis(MAVEN_DIR, AS_OF, WINDOW_DAYS);
      const text = readFileSync(join(MAVEN_DIR, 'sales_pipeline.csv'), 'utf8');
      expect(text.includes('"'), 'the line counting below assumes no quoted fields').toBe(false);
      const lines = text.split(/\r?\n/).filter((l) => l !== '');
      const header = lines[0]!.split(',');
      col = (name) => {
        const i = header.indexOf(name);
        if (i < 0) throw new Error(`no column ${name}`);
        return i;
      };
      deals = lines.slice(1).map((l) => l.split(','));
      teamNames = readFileSync(join(MAVEN_DIR, 'sales_teams.csv'), 'utf8').split(/\r?\n/).slice(1)
        .filter((l) => l !== '').map((l) => l.split(',')[0]!);
    });

    const closedInWindow = (row: string[], stage: string) =>
      row[col('deal_stage')] === stage && row[col('close_date')]! >= FROM && row[col('close_date')]! <= TO;

    it('has a row for each of the 35 agents of sales_teams.csv', () => {
      expect(teamNames).toHaveLength(35);
      expect([...reference.keys()].sort()).toEqual([...teamNames].sort());
    });

    it('gives the 5 agents without deals zero counts and null rates', () => {
      const withDeals = new Set(deals.map((r) => r[col('sales_agent')]));
      const idle = teamNames.filter((n) => !withDeals.has(n)).sort();
      expect(idle).toEqual(['Carl Lin', 'Carol Thompson', 'Elizabeth Anderson', 'Mei-Mei Johns', 'Natalya Ivanova']);
      for (const name of idle) expect({ name, ...reference.get(name) }).toEqual({ name, ...NO_DEALS });
    });

    it('counts, per rep, the Won and Lost rows closed in the window', () => {
      for (const name of teamNames) {
        const mine = deals.filter((r) => r[col('sales_agent')] === name);
        const won = mine.filter((r) => closedInWindow(r, 'Won'));
        const lost = mine.filter((r) => closedInWindow(r, 'Lost'));
        const wonValue = won.reduce((s, r) => s + parseInt(r[col('close_value')]!, 10), 0);
        expect({ name, ...reference.get(name) }).toMatchObject({
          name, wonCount: won.length, lostCount: lost.length, wonValue,
          // Lost deals' amount is unknown, so win rate by value is null as soon as one lost in the window.
          winRateValue: lost.length > 0 || won.length === 0 ? null : 1,
        });
      }
    });

    it('adds up to the file totals', () => {
      const all = [...reference.values()];
      const sum = (f: (k: ReferenceKpis) => number | null) => all.reduce((s, k) => s + (f(k) ?? 0), 0);
      const wonRows = deals.filter((r) => closedInWindow(r, 'Won'));
      expect(sum((k) => k.wonCount)).toBe(wonRows.length);
      expect(sum((k) => k.lostCount)).toBe(deals.filter((r) => closedInWindow(r, 'Lost')).length);
      expect(sum((k) => k.wonValue)).toBe(wonRows.reduce((s, r) => s + Number(r[col('close_value')]), 0));
      // Open as of the last day of the data: no close date (all of them started by then).
      const openRows = deals.filter((r) => (r[col('close_date')] === '' || r[col('close_date')]! > TO)
        && (r[col('engage_date')] === '' || r[col('engage_date')]! <= TO));
      expect(sum((k) => k.openCount)).toBe(openRows.length);
      expect(openRows.length).toBe(deals.filter((r) => r[col('deal_stage')] === 'Prospecting' || r[col('deal_stage')] === 'Engaging').length);
      for (const k of all) expect(k.openValue).toBe(k.openCount === 0 ? 0 : null);
    });

    it('measures attainment against the median won value of all 35 reps', () => {
      const wonValues = [...reference.values()].map((k) => k.wonValue!);
      const median = mavenPeerMedianWonValue(reference)!;
      // 35 reps: the median is the 18th value, so 17 reps are at or below it and 17 at or above.
      expect(wonValues.filter((v) => v <= median).length).toBeGreaterThanOrEqual(18);
      expect(wonValues.filter((v) => v >= median).length).toBeGreaterThanOrEqual(18);
      expect(wonValues).toContain(median);
      for (const k of reference.values()) {
        expect(k.attainmentBasis).toBe('peer_median');
        expect(k.attainment).toBe(k.wonValue! / median);
      }
      expect([...reference.values()].filter((k) => k.attainment === 1).length).toBeGreaterThanOrEqual(1);
    });

    it('takes the cycle median over won deals, engage date to close date', () => {
      // Every won deal in the window has an engage date, so every rep with a win has a cycle.
      for (const [name, k] of reference) {
        expect({ name, hasCycle: k.cycleDaysMedian !== null }).toEqual({ name, hasCycle: k.wonCount > 0 });
        if (k.cycleDaysMedian !== null) {
          expect(Number.isInteger(k.cycleDaysMedian * 2)).toBe(true);
          expect(k.cycleDaysMedian).toBeGreaterThanOrEqual(0);
        }
        expect(k.activitiesPerWeek).toBeNull();
      }
    });
  });

  describe('the product (`coachboard reps --json`) against the reference', () => {
    const execFileAsync = promisify(execFile);
    let dbDir: string;

    async function cli(...args: string[]): Promise<string> {
      try {
        const { stdout } = await execFileAsync(process.execPath, ['bin/coachboard.js', ...args], {
          cwd: REPO, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8',
        });
        return stdout;
      } catch (error) {
        const e = error as { code?: unknown; stderr?: string; message?: string };
        throw new Error(`coachboard ${args.join(' ')} failed (exit ${String(e.code)}): ${e.stderr || e.message}`);
      }
    }

    beforeAll(async () => {
      dbDir = mkdtempSync(join(tmpdir(), 'coachboard-maven-kpis-'));
      const report = JSON.parse(await cli('import', MAVEN_DIR, '--preset', 'maven', '--db', dbDir, '--json')) as {
        errors: unknown[]; counts: Record<string, { created: number }>;
      };
      expect(report.errors).toEqual([]);
      expect(report.counts.opportunities?.created).toBe(8800);
    }, 120_000);
    afterAll(() => { if (dbDir) rmSync(dbDir, { recursive: true, force: true }); });

    it('matches every rep\'s every KPI exactly', async () => {
      const out = JSON.parse(await cli('reps', '--db', dbDir, '--as-of', AS_OF, '--window-days', String(WINDOW_DAYS), '--json')) as {
        asOf: unknown; windowDays: unknown; reps: { name: string; kpis: Record<string, unknown> }[];
      };
      expect(out.asOf).toBe(AS_OF);
      expect(out.windowDays).toBe(WINDOW_DAYS);
      const reference = computeMavenReferenceKpis(MAVEN_DIR, AS_OF, WINDOW_DAYS);
      const names = out.reps.map((r) => r.name);
      expect([...names].sort()).toEqual([...reference.keys()].sort());

      const mismatches: string[] = [];
      for (const rep of out.reps) {
        const ref = reference.get(rep.name)!;
        for (const field of KPI_FIELDS) {
          const expected = ref[field];
          const actual = rep.kpis[field];
          if (!sameKpi(field, actual, expected)) {
            mismatches.push(`${rep.name}.${field}: product ${JSON.stringify(actual)}, reference ${JSON.stringify(expected)}`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    }, 120_000);
  });
});

/** Counts and strings exactly; other numbers within 1e-9 relative; null only matches null. */
function sameKpi(field: string, actual: unknown, expected: number | string | null): boolean {
  if (expected === null || typeof expected === 'string') return actual === expected;
  if (typeof actual !== 'number' || !Number.isFinite(actual)) return false;
  if (COUNT_FIELDS.has(field) || actual === expected) return actual === expected;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(actual), Math.abs(expected));
}
