// Turns simulated deals into the normalised CRM records: the opportunity as it stands at
// as-of, one stage-history row per stage entered (outcome included), and the field history
// of close-date pushes and amount changes.
import type { FieldHistoryRecord, OpportunityRecord, StageHistoryRecord } from '../crm/records.ts';
import type { Random } from './seeded-random.ts';
import type { DemoDeal } from './generate-demo-deals.ts';
import { OPEN_STAGE_KEYS } from './demo-stage-model.ts';
import { isoDateFromDay, isoDateTime } from './demo-calendar.ts';

export type DealRecords = {
  opportunities: OpportunityRecord[];
  stageHistory: StageHistoryRecord[];
  fieldHistory: FieldHistoryRecord[];
};

/** A minute of the working day, 08:00–17:59. */
export const drawWorkingMinute = (random: Random): number => random.int(8 * 60, 18 * 60 - 1);

export function buildDealRecords(random: Random, deals: readonly DemoDeal[]): DealRecords {
  const opportunities: OpportunityRecord[] = [];
  const stageHistory: StageHistoryRecord[] = [];
  const fieldHistory: FieldHistoryRecord[] = [];
  for (const deal of deals) {
    const { journey, closeDates, externalId: opportunityRef } = deal;
    const lastVisit = journey.visits[journey.visits.length - 1];
    const currentStageKey = OPEN_STAGE_KEYS[lastVisit?.stageIndex ?? 0] ?? 'prospect';
    const engaged = journey.visits.find((visit) => visit.stageIndex >= 1);
    const finalAmount = deal.amountChanges.length > 0
      ? (deal.amountChanges[deal.amountChanges.length - 1]?.to ?? deal.initialAmount)
      : deal.initialAmount;
    opportunities.push({
      externalId: opportunityRef,
      name: `${deal.account.name} - ${deal.product.name}`,
      ownerRef: deal.rep.externalId,
      accountRef: deal.account.externalId,
      productRef: deal.product.externalId,
      segment: deal.account.segment,
      amount: finalAmount,
      currency: 'USD',
      stageKey: journey.outcome === 'open' ? currentStageKey : journey.outcome,
      outcome: journey.outcome,
      createdAt: isoDateFromDay(deal.createdDay),
      engagedAt: engaged ? isoDateFromDay(engaged.day) : null,
      expectedCloseAt: isoDateFromDay(closeDates.final),
      closedAt: journey.closedDay === null ? null : isoDateFromDay(journey.closedDay),
      lossReason: journey.lossReason,
    });

    const createdMinute = drawWorkingMinute(random);
    for (const [i, visit] of journey.visits.entries()) {
      const minute = i === 0 ? createdMinute : drawWorkingMinute(random);
      stageHistory.push({ opportunityRef, stageKey: OPEN_STAGE_KEYS[visit.stageIndex] ?? 'prospect', enteredAt: isoDateTime(visit.day, minute) });
    }
    if (journey.closedDay !== null && journey.outcome !== 'open') {
      stageHistory.push({ opportunityRef, stageKey: journey.outcome, enteredAt: isoDateTime(journey.closedDay, drawWorkingMinute(random)) });
    }

    fieldHistory.push({
      opportunityRef, field: 'expectedCloseAt', oldValue: null,
      newValue: isoDateFromDay(closeDates.initial), changedAt: isoDateTime(deal.createdDay, createdMinute),
    });
    for (const change of closeDates.changes) {
      fieldHistory.push({
        opportunityRef, field: 'expectedCloseAt', oldValue: isoDateFromDay(change.from),
        newValue: isoDateFromDay(change.to), changedAt: isoDateTime(change.day, drawWorkingMinute(random)),
      });
    }
    for (const change of deal.amountChanges) {
      fieldHistory.push({
        opportunityRef, field: 'amount', oldValue: String(change.from),
        newValue: String(change.to), changedAt: isoDateTime(change.day, drawWorkingMinute(random)),
      });
    }
  }
  return { opportunities, stageHistory, fieldHistory };
}
