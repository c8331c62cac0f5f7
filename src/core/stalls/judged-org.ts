// A whole org judged once, without snoozes (docs/stalls.md "Speed"): the verdicts of the
// deals whose signals fired, in the report's order, and per owner how many open deals (and
// how many judged by their engage date alone) there are. Any scope's report is then taken
// from it: its owners' verdicts, with the snoozes of the day applied, equal to judging the
// scope's deals from scratch (tested against detectStalls).
import { sortByAmountThenName, type DealVerdict, type StallJudge, type StallReport } from './detect-stalls.ts';
import type { OpenDeal } from './open-deal.ts';

export type JudgedOrg = {
  /** Verdicts with at least one signal, judged with no snooze, sorted by amount then name. */
  signalled: readonly DealVerdict[];
  /**
   * Per owner: open deals, those of them without stage history but with an engage date, and
   * where their verdicts are in `signalled` (ascending), so that a team's report reads only its own.
   */
  byOwner: ReadonlyMap<number, OwnerCounts>;
  dealsById: ReadonlyMap<number, OpenDeal>;
};

type OwnerCounts = { open: number; engageOnly: number; signalled: number[] };

/** `verdicts`: the non-null verdicts of a judge that saw no snooze, any order. */
export function judgedOrg(deals: readonly OpenDeal[], verdicts: readonly DealVerdict[]): JudgedOrg {
  const byOwner = new Map<number, OwnerCounts>();
  const dealsById = new Map<number, OpenDeal>();
  for (const deal of deals) {
    dealsById.set(deal.id, deal);
    let counts = byOwner.get(deal.ownerId);
    if (!counts) byOwner.set(deal.ownerId, (counts = { open: 0, engageOnly: 0, signalled: [] }));
    counts.open += 1;
    if (deal.stageEnteredOn === null && deal.engagedOn !== null) counts.engageOnly += 1;
  }
  const signalled = sortByAmountThenName(verdicts);
  signalled.forEach((v, i) => byOwner.get(v.deal.ownerId)?.signalled.push(i));
  return { signalled, byOwner, dealsById };
}

/** Open deals and engage-only deals of a scope (null: the whole org). */
export function scopeCounts(judged: JudgedOrg, owners: ReadonlySet<number> | null): { open: number; engageOnly: number } {
  let open = 0;
  let engageOnly = 0;
  for (const [ownerId, counts] of judged.byOwner) {
    if (owners && !owners.has(ownerId)) continue;
    open += counts.open;
    engageOnly += counts.engageOnly;
  }
  return { open, engageOnly };
}

/**
 * The report of a scope. `judge`: a judge of the scope that sees the day's snoozes (built
 * with scopeCounts' engageOnly); it re-judges only the scope's snoozed deals.
 */
export function scopeReport(
  judged: JudgedOrg, owners: ReadonlySet<number> | null, snoozedIds: Iterable<number>, judge: StallJudge,
): StallReport {
  const inScope = (deal: OpenDeal) => owners === null || owners.has(deal.ownerId);
  const rejudged: DealVerdict[] = [];
  const snoozed = new Set<number>();
  for (const id of snoozedIds) {
    const deal = judged.dealsById.get(id);
    if (!deal || !inScope(deal)) continue;
    snoozed.add(id);
    const verdict = judge.judge(deal);
    if (verdict) rejudged.push(verdict);
  }
  const kept = signalledIn(judged, owners).filter((v) => !snoozed.has(v.deal.id));
  const counts = scopeCounts(judged, owners);
  const report = judge.report(counts.open, rejudged);
  return { ...report, stalled: mergeSorted(kept, report.stalled) };
}

/** The scope's signalled verdicts, in the report's order, read per owner. */
function signalledIn(judged: JudgedOrg, owners: ReadonlySet<number> | null): readonly DealVerdict[] {
  if (owners === null) return judged.signalled;
  const positions: number[] = [];
  for (const ownerId of owners) for (const i of judged.byOwner.get(ownerId)?.signalled ?? []) positions.push(i);
  return Array.from(Int32Array.from(positions).sort(), (i) => judged.signalled[i]!);
}

/** Two lists in the report's order merged into one (the second is short). */
function mergeSorted(a: readonly DealVerdict[], b: readonly DealVerdict[]): DealVerdict[] {
  if (b.length === 0) return a as DealVerdict[];
  const merged: DealVerdict[] = [];
  let j = 0;
  for (const v of a) {
    while (j < b.length && comesBefore(b[j]!, v)) merged.push(b[j++]!);
    merged.push(v);
  }
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

const amountKey = (v: DealVerdict) => v.deal.amount ?? Number.NEGATIVE_INFINITY;

function comesBefore(x: DealVerdict, y: DealVerdict): boolean {
  if (amountKey(x) !== amountKey(y)) return amountKey(x) > amountKey(y);
  if (x.deal.name !== y.deal.name) return x.deal.name < y.deal.name;
  return x.deal.externalId < y.deal.externalId;
}
