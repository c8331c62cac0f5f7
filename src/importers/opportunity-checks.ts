// Checks on one opportunity that need several of its cells together (SPEC §4.1): a deal
// cannot close before it was created or engaged, and a won deal should have a value.
import type { OpportunityRecord } from '../core/crm/records.ts';
import type { RowReader } from './row-reader.ts';

export type DateFields<F extends string> = { createdAt?: F; engagedAt?: F; closedAt?: F };

/** Errors when the close date is before the create or engage date (ISO dates compare as text). */
export function checkCloseOrder<F extends string>(
  row: RowReader<F>, fields: DateFields<F>, deal: Pick<OpportunityRecord, 'createdAt' | 'engagedAt' | 'closedAt'>,
): void {
  const closedAt = deal.closedAt;
  if (!closedAt || !fields.closedAt) return;
  for (const [label, date] of [['created', deal.createdAt], ['engaged', deal.engagedAt]] as const) {
    if (date && closedAt < date) {
      row.error(fields.closedAt, `closed ${closedAt} before it was ${label} ${date}; expected a close date on or after the ${label} date`);
      return;
    }
  }
}

/** A won deal without an amount is kept, with the value unknown: value KPIs then skip it. */
export function warnWonWithoutAmount<F extends string>(row: RowReader<F>, amountField: F, deal: OpportunityRecord): void {
  if (deal.outcome === 'won' && deal.amount === null) {
    row.warning(amountField, 'won deal without an amount: stored as unknown (value KPIs leave it out)');
  }
}
