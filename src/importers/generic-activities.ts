// Activities, quotas and stakeholders of the generic preset.
import type { ActivityRecord, QuotaRecord, StakeholderRecord } from '../core/crm/records.ts';
import type { RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { REQUIRED } from './generic-layout.ts';
import type { FieldOf } from './mapping-schema.ts';
import type { DateFormat } from './parse-date.ts';
import { streamTable } from './record-stream.ts';

const INFLUENCE = ['low', 'medium', 'high'] as const;
const STANCE = ['champion', 'supporter', 'neutral', 'skeptic', 'blocker'] as const;

export function streamGenericActivities(table: Table<FieldOf<'activities'>>, dateFormat: DateFormat): RecordStream<ActivityRecord> {
  const what = REQUIRED.activities;
  return streamTable(table, () => ({
    map: (row) => {
      const externalId = row.text('externalId', what.externalId);
      const ownerRef = row.text('owner', what.owner);
      const type = row.text('type', what.type);
      const occurred = row.date('occurredAt', dateFormat, what.occurredAt);
      const opportunityRef = row.text('opportunity');
      const durationMin = row.amount('durationMin');
      const connected = row.flag('connected');
      if (!externalId || !ownerRef || !type || !occurred) return null;
      return { externalId, ownerRef, opportunityRef, type: type.toLowerCase(), occurredAt: occurred.dateTime, durationMin, connected };
    },
  }));
}

export function streamGenericQuotas(table: Table<FieldOf<'quotas'>>, dateFormat: DateFormat): RecordStream<QuotaRecord> {
  const what = REQUIRED.quotas;
  return streamTable(table, () => ({
    map: (row) => {
      const ownerRef = row.text('owner', what.owner);
      const start = row.date('periodStart', dateFormat, what.periodStart);
      const end = row.date('periodEnd', dateFormat, what.periodEnd);
      const amount = row.amount('amount', what.amount);
      if (start && end && end.date < start.date) {
        row.error('periodEnd', `period ends ${end.date} before it starts ${start.date}; expected an end on or after the start`);
      }
      if (!ownerRef || !start || !end || amount === null) return null;
      return { ownerRef, periodStart: start.date, periodEnd: end.date, amount };
    },
  }));
}

export function streamGenericStakeholders(table: Table<FieldOf<'stakeholders'>>, dateFormat: DateFormat): RecordStream<StakeholderRecord> {
  const what = REQUIRED.stakeholders;
  return streamTable(table, () => ({
    map: (row) => {
      const opportunityRef = row.text('opportunity', what.opportunity);
      const name = row.text('name', what.name);
      const role = row.text('role');
      const influence = row.choice('influence', INFLUENCE);
      const stance = row.choice('stance', STANCE);
      const engagedAt = row.date('engagedAt', dateFormat)?.date ?? null;
      if (!opportunityRef || !name) return null;
      return { opportunityRef, name, role, influence, stance, engagedAt };
    },
  }));
}
