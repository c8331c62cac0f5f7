// HubSpot deals export ("Record ID", "Deal Name", "Deal Stage", ...; API names accepted
// too). Owners are named by the owner's full name, companies by name. Close Date is the
// expected close of an open deal and the close of a closed one.
import type { OpportunityRecord } from '../core/crm/records.ts';
import type { RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { stageLabel } from './hubspot-stages.ts';
import { checkCloseOrder, warnWonWithoutAmount } from './opportunity-checks.ts';
import { streamTable } from './record-stream.ts';
import type { StageVocabulary } from './stage-vocabulary.ts';

export type DealField =
  | 'id' | 'name' | 'stage' | 'pipeline' | 'amount' | 'closeDate' | 'createDate' | 'owner' | 'account'
  | 'lossReason' | 'currency' | 'isClosed' | 'isClosedWon';

export const DEAL_COLUMNS = {
  id: { headers: ['Record ID', 'Deal ID', 'hs_object_id'], required: "the deal's id" },
  name: { headers: ['Deal Name', 'dealname'] },
  stage: { headers: ['Deal Stage', 'dealstage'], required: "the deal's stage" },
  pipeline: { headers: ['Pipeline'] },
  amount: { headers: ['Amount'] },
  closeDate: { headers: ['Close Date', 'closedate'] },
  createDate: { headers: ['Create Date', 'createdate'] },
  owner: { headers: ['Deal owner', 'HubSpot Owner', 'Owner', 'hubspot_owner_id'], required: "the deal's owner" },
  account: { headers: ['Associated Company', 'Associated Company (Primary)', 'Associated Company Name', 'Company name'] },
  lossReason: { headers: ['Closed Lost Reason', 'closed_lost_reason'] },
  currency: { headers: ['Currency', 'Deal currency code', 'deal_currency_code'] },
  isClosed: { headers: ['Is Deal Closed?', 'Is closed', 'hs_is_closed'] },
  isClosedWon: { headers: ['Is Closed Won', 'hs_is_closed_won'] },
} as const;

export function streamHubspotDeals(table: Table<DealField>, stages: StageVocabulary): RecordStream<OpportunityRecord> {
  return streamTable(table, () => ({
    map: (row): OpportunityRecord | null => {
      const externalId = row.text('id', "the deal's id");
      const ownerRef = row.text('owner', "the deal's owner");
      const raw = row.text('stage', "the deal's stage");
      const label = raw === null ? null : stageLabel(raw, row.text('pipeline'));
      const stage = label === null ? null : stages.resolve(label);
      if (label !== null && !stage) row.error('stage', stages.unknownMessage(label));
      const created = row.date('createDate', 'YYYY-MM-DD');
      const close = row.date('closeDate', 'YYYY-MM-DD');
      const name = row.text('name');
      const accountRef = row.text('account');
      const amount = row.amount('amount');
      const currency = row.text('currency');
      const lossReason = row.text('lossReason');
      if (!externalId || !ownerRef || !stage || row.failed) return null;
      const closed = stage.outcome !== 'open';
      const deal: OpportunityRecord = {
        externalId, name: name ?? externalId, ownerRef, accountRef, amount, currency, lossReason,
        stageKey: stage.stageKey, outcome: stage.outcome, createdAt: created?.date ?? null,
        expectedCloseAt: closed ? null : (close?.date ?? null), closedAt: closed ? (close?.date ?? null) : null,
      };
      checkCloseOrder(row, { createdAt: 'createDate', closedAt: 'closeDate' }, deal);
      if (table.has('amount')) warnWonWithoutAmount(row, 'amount', deal);
      return deal;
    },
  }));
}
