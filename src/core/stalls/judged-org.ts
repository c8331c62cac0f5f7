// A whole org judged once, without snoozes (docs/stalls.md "Speed", ADR 014): the verdicts of
// the deals whose signals fired, in the report's order, and per owner where those verdicts
// are. Any scope's report is then taken from it: its owners' verdicts, with the snoozes of
// the day applied, equal to judging the scope's deals from scratch (tested against
// detectStalls). Both steps run stepwise (src/core/stalls/sort-stepwise.ts): a server builds
// them for 200,000 deals without holding its event loop.
import type { DealVerdict, StallJudge, StallReport } from './detect-stalls.ts';
import type { OpenDeal } from './open-deal.ts';
import { compareInReportOrder, sortInReportOrderStepwise } from './report-order.ts';

type OwnerCounts = { open: number; engageOnly: number };

/** The org's open deals, sorted and indexed once per data version (thresholds do not change them). */
export type OrgDeals = {
  /** In the report's order: judging them in this order gives the verdicts sorted. */
  inOrder: readonly OpenDeal[];
  byId: ReadonlyMap<number, OpenDeal>;
  /** Per owner: open deals, and those of them without stage history but with an engage date. */
  byOwner: ReadonlyMap<number, OwnerCounts>;
  engageOnly: number;
};

export type JudgedOrg = {
  org: OrgDeals;
  /** Verdicts with at least one signal, judged with no snooze, in the report's order. */
  signalled: readonly DealVerdict[];
  /** Per owner, the positions of their verdicts in `signalled` (ascending). */
  signalledOf: ReadonlyMap<number, readonly number[]>;
};

const isEngageOnly = (deal: OpenDeal) => deal.stageEnteredOn === null && deal.engagedOn !== null;

export function* orgDealsStepwise(deals: readonly OpenDeal[], step = 2_048): Generator<void, OrgDeals, void> {
  const inOrder = yield* sortInReportOrderStepwise(deals, step);
  const byId = new Map<number, OpenDeal>();
  const byOwner = new Map<number, OwnerCounts>();
  let engageOnly = 0;
  for (let i = 0; i < inOrder.length; i += 1) {
    const deal = inOrder[i]!;
    byId.set(deal.id, deal);
    let counts = byOwner.get(deal.ownerId);
    if (!counts) byOwner.set(deal.ownerId, (counts = { open: 0, engageOnly: 0 }));
    counts.open += 1;
    if (isEngageOnly(deal)) {
      counts.engageOnly += 1;
      engageOnly += 1;
    }
    if ((i + 1) % step === 0) yield;
  }
  return { inOrder, byId, byOwner, engageOnly };
}

/** `judge`: a judge that sees no snooze, built with `org.engageOnly`. */
export function* judgeOrgStepwise(
  org: OrgDeals, judge: StallJudge['judge'], step = 1_000,
): Generator<void, JudgedOrg, void> {
  const signalled: DealVerdict[] = [];
  const signalledOf = new Map<number, number[]>();
  for (let i = 0; i < org.inOrder.length; i += 1) {
    const verdict = judge(org.inOrder[i]!);
    if (verdict) {
      const positions = signalledOf.get(verdict.deal.ownerId);
      if (positions) positions.push(signalled.length);
      else signalledOf.set(verdict.deal.ownerId, [signalled.length]);
      signalled.push(verdict);
    }
    if ((i + 1) % step === 0) yield;
  }
  return { org, signalled, signalledOf };
}

/** Open deals and engage-only deals of a scope (null: the whole org). */
export function scopeCounts(judged: JudgedOrg, owners: ReadonlySet<number> | null): OwnerCounts {
  if (owners === null) return { open: judged.org.inOrder.length, engageOnly: judged.org.engageOnly };
  let open = 0;
  let engageOnly = 0;
  for (const ownerId of owners) {
    const counts = judged.org.byOwner.get(ownerId);
    open += counts?.open ?? 0;
    engageOnly += counts?.engageOnly ?? 0;
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
    const deal = judged.org.byId.get(id);
    if (!deal || !inScope(deal)) continue;
    snoozed.add(id);
    const verdict = judge.judge(deal);
    if (verdict) rejudged.push(verdict);
  }
  const inOrder = signalledIn(judged, owners);
  const kept = snoozed.size === 0 ? inOrder.slice() : inOrder.filter((v) => !snoozed.has(v.deal.id));
  const report = judge.report(scopeCounts(judged, owners).open, rejudged);
  return { ...report, stalled: mergeSorted(kept, report.stalled) };
}

/** The scope's signalled verdicts, in the report's order, read per owner. */
function signalledIn(judged: JudgedOrg, owners: ReadonlySet<number> | null): readonly DealVerdict[] {
  if (owners === null) return judged.signalled;
  const positions: number[] = [];
  for (const ownerId of owners) for (const i of judged.signalledOf.get(ownerId) ?? []) positions.push(i);
  return Array.from(Int32Array.from(positions).sort(), (i) => judged.signalled[i]!);
}

/** Two lists in the report's order merged into one (the second is short). */
function mergeSorted(a: DealVerdict[], b: readonly DealVerdict[]): DealVerdict[] {
  if (b.length === 0) return a;
  const merged: DealVerdict[] = [];
  let j = 0;
  for (const v of a) {
    while (j < b.length && compareInReportOrder(b[j]!.deal, v.deal) < 0) merged.push(b[j++]!);
    merged.push(v);
  }
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}
