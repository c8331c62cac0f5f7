// An independent reference computation of the per-rep KPIs (docs/analytics.md) for the Maven
// CRM dataset, read straight from its CSV files. It imports nothing from src/ on purpose: it
// is the yardstick the product's `coachboard reps --json` is checked against, so it must not
// share the product's code (nor its bugs).
//
// Maven, as the product imports it: deal_stage Won → won, Lost → lost, Prospecting and
// Engaging → open. A lost deal's close_value 0 is stored as unknown (null); an open deal's
// empty close_value is unknown. There is no create date, so a deal starts on engage_date
// (empty for Prospecting deals: unknown start). No activities, no quotas. Every agent in
// sales_teams.csv is a rep.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface ReferenceKpis {
  wonCount: number;
  lostCount: number;
  winRate: number | null;
  winRateValue: number | null;
  wonValue: number | null;
  avgDealSize: number | null;
  cycleDaysMedian: number | null;
  openCount: number;
  openValue: number | null;
  attainment: number | null;
  attainmentBasis: 'quota' | 'peer_median' | null;
  activitiesPerWeek: number | null;
}

type Outcome = 'won' | 'lost' | 'open';

interface Deal {
  id: string;
  owner: string;
  outcome: Outcome;
  /** Day number (days since 1970-01-01) or null when unknown. */
  start: number | null;
  closed: number | null;
  /** Major currency unit, or null when unknown. */
  amount: number | null;
}

const MS_PER_DAY = 86_400_000;

/** 'YYYY-MM-DD' → whole days since 1970-01-01 (UTC); throws on anything else. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new Error(`no such date: ${iso}`);
  }
  return ms / MS_PER_DAY;
}

export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The window: `windowDays` calendar days ending on (and including) `asOf`. */
export function mavenWindow(asOf: string, windowDays: number): { start: string; end: string } {
  const end = dayNumber(asOf);
  return { start: isoDate(end - windowDays + 1), end: isoDate(end) };
}

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: false }) as Record<string, string>[];
}

function optionalDay(value: string | undefined): number | null {
  const v = (value ?? '').trim();
  return v === '' ? null : dayNumber(v);
}

function toDeal(row: Record<string, string>): Deal {
  const stage = (row.deal_stage ?? '').trim();
  let outcome: Outcome;
  if (stage === 'Won') outcome = 'won';
  else if (stage === 'Lost') outcome = 'lost';
  else if (stage === 'Prospecting' || stage === 'Engaging') outcome = 'open';
  else throw new Error(`deal ${row.opportunity_id}: unknown deal_stage ${JSON.stringify(stage)}`);
  const rawValue = (row.close_value ?? '').trim();
  // Lost deals carry 0 in the file, which the product stores as unknown; open deals are empty.
  const amount = outcome === 'lost' || rawValue === '' ? null : Number(rawValue);
  if (amount !== null && !Number.isFinite(amount)) throw new Error(`deal ${row.opportunity_id}: bad close_value ${rawValue}`);
  return {
    id: row.opportunity_id ?? '',
    owner: (row.sales_agent ?? '').trim(),
    outcome,
    start: optionalDay(row.engage_date),
    closed: optionalDay(row.close_date),
    amount,
  };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Sum of the amounts, null when any of them is unknown, 0 when there are none. */
function sumKnown(amounts: readonly (number | null)[]): number | null {
  let total = 0;
  for (const a of amounts) {
    if (a === null) return null;
    total += a;
  }
  return total;
}

export function computeMavenReferenceKpis(mavenDir: string, asOf: string, windowDays: number): Map<string, ReferenceKpis> {
  if (!Number.isInteger(windowDays) || windowDays < 1) throw new Error(`windowDays must be a positive integer, got ${windowDays}`);
  const end = dayNumber(asOf);
  const start = end - windowDays + 1;

  const reps = readCsv(join(mavenDir, 'sales_teams.csv')).map((r) => (r.sales_agent ?? '').trim());
  if (new Set(reps).size !== reps.length) throw new Error('sales_teams.csv names a sales_agent twice');
  const dealsByRep = new Map<string, Deal[]>(reps.map((name) => [name, []]));
  for (const row of readCsv(join(mavenDir, 'sales_pipeline.csv'))) {
    const deal = toDeal(row);
    const list = dealsByRep.get(deal.owner);
    if (!list) throw new Error(`deal ${deal.id}: sales_agent ${JSON.stringify(deal.owner)} is not in sales_teams.csv`);
    list.push(deal);
  }

  const inWindow = (day: number | null) => day !== null && day >= start && day <= end;

  // Pass 1: everything but attainment.
  const result = new Map<string, ReferenceKpis>();
  for (const [name, deals] of dealsByRep) {
    const closed = deals.filter((d) => d.outcome !== 'open' && inWindow(d.closed));
    const won = closed.filter((d) => d.outcome === 'won');
    const lost = closed.filter((d) => d.outcome === 'lost');
    const wonCount = won.length;
    const lostCount = lost.length;
    const closedCount = wonCount + lostCount;
    const wonValue = sumKnown(won.map((d) => d.amount));
    const closedValue = sumKnown(closed.map((d) => d.amount));
    const winRateValue = closedCount === 0 || closedValue === null || wonValue === null || closedValue === 0
      ? null : wonValue / closedValue;
    const cycles = won.filter((d) => d.start !== null).map((d) => d.closed! - d.start!);
    // Open as of as-of: not closed by then, and started by then (an unknown start counts).
    const open = deals.filter((d) => (d.closed === null || d.closed > end) && (d.start === null || d.start <= end));
    result.set(name, {
      wonCount,
      lostCount,
      winRate: closedCount === 0 ? null : wonCount / closedCount,
      winRateValue,
      wonValue,
      avgDealSize: wonCount === 0 || wonValue === null ? null : wonValue / wonCount,
      cycleDaysMedian: median(cycles),
      openCount: open.length,
      openValue: sumKnown(open.map((d) => d.amount)),
      attainment: null,
      attainmentBasis: null,
      activitiesPerWeek: null, // Maven has no activities.
    });
  }

  // Pass 2: attainment against the peer median (Maven has no quotas), over all reps.
  const peerMedian = median([...result.values()].flatMap((k) => (k.wonValue === null ? [] : [k.wonValue])));
  for (const kpis of result.values()) {
    if (kpis.wonValue === null || peerMedian === null || peerMedian === 0 || result.size < 2) continue;
    kpis.attainment = kpis.wonValue / peerMedian;
    kpis.attainmentBasis = 'peer_median';
  }
  return result;
}

/** The peer median of won value the reference used for attainment (for reports and tests). */
export function mavenPeerMedianWonValue(kpis: Map<string, ReferenceKpis>): number | null {
  return median([...kpis.values()].flatMap((k) => (k.wonValue === null ? [] : [k.wonValue])));
}
