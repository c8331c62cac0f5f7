// HubSpot owners and activity (engagement) exports. Owners: "Owner ID"/"User ID", first
// and last name, email, team; deals name their owner by full name, which the database
// matches when the id does not. Activities: id, type, date, assignee, associated deal,
// call duration and outcome ("Connected" means the call connected).
import type { ActivityRecord, PersonRecord } from '../core/crm/records.ts';
import type { ProblemSink, RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { RepairTally } from './repair-tally.ts';
import { streamTable } from './record-stream.ts';

export type OwnerField = 'id' | 'name' | 'firstName' | 'lastName' | 'email' | 'team';
export const OWNER_COLUMNS = {
  id: { headers: ['Owner ID', 'User ID', 'ID'] },
  name: { headers: ['Name', 'Full Name', 'Owner'] },
  firstName: { headers: ['First Name'] },
  lastName: { headers: ['Last Name'] },
  email: { headers: ['Email'] },
  team: { headers: ['Team', 'Teams', 'Primary team'] },
} as const;

export type ActivityField = 'id' | 'type' | 'date' | 'owner' | 'deal' | 'durationMs' | 'durationMin' | 'outcome';
export const ACTIVITY_COLUMNS = {
  id: { headers: ['Record ID', 'Activity ID', 'Engagement ID'], required: "the activity's id" },
  type: { headers: ['Activity type', 'Engagement Type', 'Type'], required: 'the kind of activity' },
  date: { headers: ['Activity date', 'Timestamp', 'Create Date'], required: 'when it happened' },
  owner: { headers: ['Activity assigned to', 'Assigned to', 'Activity owner', 'HubSpot Owner', 'Owner'], required: 'who did it' },
  deal: { headers: ['Associated Deal IDs', 'Associated Deal ID', 'Associated Deal', 'Deal ID'] },
  durationMs: { headers: ['Call duration (ms)', 'Duration (ms)'] },
  durationMin: { headers: ['Duration (minutes)', 'Call duration (minutes)'] },
  outcome: { headers: ['Call outcome', 'Outcome'] },
} as const;

export function streamHubspotOwners(table: Table<OwnerField>): RecordStream<PersonRecord> {
  return streamTable(table, () => ({
    map: (row): PersonRecord | null => {
      const joined = [row.text('firstName'), row.text('lastName')].filter(Boolean).join(' ');
      const email = row.text('email');
      const name = row.text('name') ?? (joined || email);
      if (!name) row.error(table.has('name') ? 'name' : 'lastName', "expected a value: the owner's name or email is required");
      const id = row.text('id');
      const team = row.text('team');
      if (!name) return null;
      return { externalId: id ?? email ?? name, name, role: 'rep', email, team };
    },
  }));
}

export function streamHubspotActivities(table: Table<ActivityField>, sink: ProblemSink): RecordStream<ActivityRecord> {
  return streamTable(table, () => {
    const manyDeals = new RepairTally(table.file, null, (n) => `${n} activities are associated with several deals; linked to the first one`);
    return {
      map: (row): ActivityRecord | null => {
        const externalId = row.text('id', "the activity's id");
        const type = row.text('type', 'the kind of activity');
        const when = row.date('date', 'YYYY-MM-DD', 'when it happened');
        const ownerRef = row.text('owner', 'who did it');
        const deals = (row.text('deal') ?? '').split(/[;,]/).map((id) => id.trim()).filter(Boolean);
        if (deals.length > 1) manyDeals.note(row.line, row.raw('deal'));
        const ms = row.amount('durationMs');
        const minutes = row.amount('durationMin');
        const outcome = row.text('outcome');
        if (!externalId || !type || !when || !ownerRef) return null;
        return {
          externalId, ownerRef, type: type.toLowerCase(), occurredAt: when.dateTime, opportunityRef: deals[0] ?? null,
          durationMin: minutes ?? (ms === null ? null : Math.round(ms / 6000) / 10),
          connected: outcome === null ? null : /^(connected|completed)$/i.test(outcome),
        };
      },
      finish: () => manyDeals.flush(sink),
    };
  });
}
