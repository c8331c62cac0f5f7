// Task.csv and Event.csv: calls, emails and meetings. WhatId is an opportunity when it has
// the Opportunity key prefix '006'. The kind comes from Type, else TaskSubtype, else the
// Subject's first word; CallDisposition tells whether a call connected.
import type { ActivityRecord } from '../core/crm/records.ts';
import type { ProblemSink, RecordStream } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { RepairTally } from './repair-tally.ts';
import { streamTable } from './record-stream.ts';

export type ActivityField =
  | 'id' | 'owner' | 'what' | 'date' | 'dateTime' | 'created' | 'type' | 'subtype' | 'subject'
  | 'minutes' | 'callSeconds' | 'disposition' | 'isDeleted';

export const ACTIVITY_COLUMNS = {
  id: { headers: ['Id'], required: "the activity's id" },
  owner: { headers: ['OwnerId'], required: 'who did it' },
  what: { headers: ['WhatId'] },
  date: { headers: ['ActivityDate'] },
  dateTime: { headers: ['ActivityDateTime', 'StartDateTime'] },
  created: { headers: ['CreatedDate'] },
  type: { headers: ['Type'] },
  subtype: { headers: ['TaskSubtype', 'EventSubtype'] },
  subject: { headers: ['Subject'] },
  minutes: { headers: ['DurationInMinutes'] },
  callSeconds: { headers: ['CallDurationInSeconds'] },
  disposition: { headers: ['CallDisposition'] },
  isDeleted: { headers: ['IsDeleted'] },
} as const;

const OPPORTUNITY_PREFIX = '006';
const KINDS_IN_SUBJECT = /^(call|email|meeting|demo|visit)\b/i;
const NOT_CONNECTED = /no answer|voicemail|voice mail|busy|left message|not reached|no response|wrong number|disconnected/i;

export function streamSalesforceActivities(table: Table<ActivityField>, kind: 'task' | 'event', sink: ProblemSink): RecordStream<ActivityRecord> {
  return streamTable(table, () => {
    const deleted = new RepairTally(table.file, 'IsDeleted', (n) => `${n} deleted activities (IsDeleted = 1); skipped`);
    const undated = new RepairTally(table.file, 'ActivityDate', (n) => `${n} activities have no ActivityDate; dated by CreatedDate instead`);
    return {
      map: (row): ActivityRecord | null => {
        if (row.flag('isDeleted')) {
          deleted.note(row.line, row.raw('id'));
          return null;
        }
        const externalId = row.text('id', "the activity's id");
        const ownerRef = row.text('owner', 'who did it');
        const what = row.text('what');
        let when = row.date('dateTime', 'YYYY-MM-DD') ?? row.date('date', 'YYYY-MM-DD');
        if (!when && !row.failed) {
          when = row.date('created', 'YYYY-MM-DD', 'ActivityDate or CreatedDate');
          if (when) undated.note(row.line, null);
        }
        const subjectKind = KINDS_IN_SUBJECT.exec(row.text('subject') ?? '')?.[1];
        const type = (row.text('type') ?? row.text('subtype') ?? subjectKind ?? (kind === 'event' ? 'meeting' : 'task')).toLowerCase();
        const minutes = row.amount('minutes');
        const seconds = row.amount('callSeconds');
        const disposition = row.text('disposition');
        if (!externalId || !ownerRef || !when) return null;
        return {
          externalId, ownerRef, type, occurredAt: when.dateTime,
          opportunityRef: what?.startsWith(OPPORTUNITY_PREFIX) ? what : null,
          durationMin: minutes ?? (seconds === null ? null : Math.round(seconds / 6) / 10),
          connected: disposition === null ? null : !NOT_CONNECTED.test(disposition),
        };
      },
      finish: () => {
        deleted.flush(sink);
        undated.flush(sink);
      },
    };
  });
}
