// One deal's stall verdict as of a date: the stall use-case run over the owner's open deals
// (a handful; their percentiles come from the shared cache), and this deal picked out.
import type { DealVerdict, StallReport } from '../../core/stalls/detect-stalls.ts';
import type { Database } from '../../db/client.ts';
import { snoozesOfDeals } from '../../db/stalls/deal-snoozes.ts';
import { findStalledDeals } from '../stalls/find-stalled-deals.ts';
import type { StallReferenceCache } from '../stalls/stall-reference-cache.ts';

export type DealStallView = {
  open: boolean; stalled: boolean; signals: DealVerdict['signals']; daysInStage: number | null; ageDays: number | null;
  snooze: DealVerdict['snooze']; notEvaluated: StallReport['notEvaluated'];
};

export async function judgeDeal(
  database: Database, orgId: number, deal: { id: number; ownerId: number; open: boolean }, today: string, asOf: string, cache?: StallReferenceCache,
): Promise<DealStallView> {
  const closed: DealStallView = { open: false, stalled: false, signals: [], daysInStage: null, ageDays: null, snooze: null, notEvaluated: [] };
  if (!deal.open) return closed;
  const report = await findStalledDeals(database, orgId, today, { asOf, ownerIds: [deal.ownerId] }, cache);
  const stalled = report.stalled.find((v) => v.deal.id === deal.id);
  const snoozed = report.snoozed.find((v) => v.deal.id === deal.id);
  const verdict = stalled ?? snoozed;
  // A deal without signals has no verdict; its ended snooze is still worth showing.
  const snooze = verdict ? verdict.snooze : (await snoozesOfDeals(database.pool, orgId, [deal.id])).get(deal.id);
  return {
    open: true, stalled: stalled !== undefined,
    signals: verdict?.signals ?? [], daysInStage: verdict?.daysInStage ?? null, ageDays: verdict?.ageDays ?? null,
    snooze: snooze ? { ...snooze, active: snooze.until >= asOf } : null, notEvaluated: report.notEvaluated,
  };
}
