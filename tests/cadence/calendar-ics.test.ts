// The iCalendar feed (RFC 5545), read back with a real parser (ical.js): CRLF lines folded
// at 75 octets, UID and DTSTAMP on every event, DTSTART with TZID and a VTIMEZONE, and an
// RRULE that expands to 10:00 Berlin time on both sides of the March DST change, minus
// the cancelled and moved occurrences, which appear as EXDATEs (the moved one as its own
// event). A rep's feed holds only their own sessions, and no notes.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { generatePlannedSessions } from '../../src/use-cases/cadence/generate-planned-sessions.ts';
import { managerCadences } from '../../src/use-cases/cadence/manager-cadences.ts';
import { personCalendar } from '../../src/use-cases/calendar/person-calendar.ts';
import { describeEachEngine, openTestDatabase } from '../helpers/test-database.ts';
import { seedCadenceOrg, type CadenceOrg } from './cadence-fixture.ts';

const NOW = new Date('2026-03-18T12:00:00Z');

function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { root, events: root.getAllSubcomponents('vevent') };
}

function expand(event: InstanceType<typeof ICAL.Component>, count: number): string[] {
  const iterator = new ICAL.Event(event).iterator();
  const out: string[] = [];
  for (let next = iterator.next(); next && out.length < count; next = iterator.next()) {
    out.push(next.toJSDate().toISOString());
  }
  return out;
}

describeEachEngine('calendar feed (iCalendar)', (engine) => {
  let database: Database;
  let org: CadenceOrg;
  let managerIcs: string;
  let repIcs: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    org = await seedCadenceOrg(database);
    await managerCadences(database, org.orgId, org.mia, '2026-03-16', new Map([[org.rae, 'core' as const], [org.sam, 'star' as const]]));
    await managerCadences(database, org.orgId, org.max, '2026-03-16', new Map());
    await generatePlannedSessions(database, org.orgId, null, '2026-03-16', 4);
    const rae = (await database.pool.query<{ id: number }>(
      `SELECT id FROM coaching_sessions WHERE org_id = $1 AND rep_id = $2 ORDER BY scheduled_at`, [org.orgId, org.rae])).rows;
    // 23 March cancelled; 30 March moved to 14:00 Berlin; 16 March held, with a private note.
    await database.pool.query(`UPDATE coaching_sessions SET status = 'cancelled' WHERE id = $1`, [rae[1]!.id]);
    await database.pool.query(`UPDATE coaching_sessions SET scheduled_at = '2026-03-30T12:00:00Z' WHERE id = $1`, [rae[2]!.id]);
    await database.pool.query(`UPDATE coaching_sessions SET status = 'held', held_at = scheduled_at, private_note = 'PRIVATE-NOTE-XYZ', specify = 'SPECIFY-TEXT' WHERE id = $1`, [rae[0]!.id]);
    // A one-off deal session with Sam.
    await database.pool.query(`
      INSERT INTO coaching_sessions (org_id, manager_id, kind, rep_id, scheduled_at, duration_min, status, private_note)
      VALUES ($1, $2, 'deal', $3, '2026-03-19T15:00:00Z', 45, 'planned', 'PRIVATE-NOTE-XYZ')`, [org.orgId, org.mia, org.sam]);
    managerIcs = (await personCalendar(database, org.orgId, org.mia, NOW))!.ics;
    repIcs = (await personCalendar(database, org.orgId, org.rae, NOW))!.ics;
  });
  afterAll(async () => database?.close());

  describe('format', () => {
    it('uses CRLF line endings only, and folds every line at 75 octets', () => {
      for (const ics of [managerIcs, repIcs]) {
        expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
        expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      }
    });

    it('gives every event a UID, a UTC DTSTAMP and a DTSTART with TZID and a VTIMEZONE', () => {
      const { root, events } = parse(managerIcs);
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        expect(event.getFirstPropertyValue('uid')).toMatch(/^(cadence|session)-\d+-\d+@coachboard$/);
        expect(event.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-03-18T12:00:00Z');
        expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Berlin');
      }
      expect(root.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Berlin']);
      expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(events.length);
    });
  });

  describe('manager feed', () => {
    it('has one recurring event per cadence and single events for moved and one-off sessions', () => {
      const { events } = parse(managerIcs);
      const summaries = events.map((e) => [String(e.getFirstPropertyValue('summary')), e.hasProperty('rrule')]);
      expect(summaries).toEqual([
        ['Coaching 1:1 · Mia Manager & Rae Rep', true],
        ['Coaching 1:1 · Mia Manager & Sam Star', true],
        ["Team skill session · Mia Manager's team", true],
        ['Deal coaching · Mia Manager & Sam Star', false],
        ['Coaching 1:1 · Mia Manager & Rae Rep', false],
      ]);
    });

    it('expands the 1:1 RRULE to 10:00 Berlin across the DST change, without the cancelled and moved dates', () => {
      const { events } = parse(managerIcs);
      const rae = events[0]!;
      expect(managerIcs).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO;WKST=MO\r\n');
      expect(managerIcs).toMatch(/EXDATE;TZID=Europe\/Berlin:20260323T100000,20260330T100000\r\n/);
      expect(expand(rae, 4)).toEqual([
        '2026-03-16T09:00:00.000Z', // CET
        '2026-04-06T08:00:00.000Z', // CEST: still 10:00 local
        '2026-04-13T08:00:00.000Z',
        '2026-04-20T08:00:00.000Z',
      ]);
      const moved = events[4]!;
      expect(new ICAL.Event(moved).startDate.toJSDate().toISOString()).toBe('2026-03-30T12:00:00.000Z');
      expect(new ICAL.Event(moved).endDate.toJSDate().toISOString()).toBe('2026-03-30T12:30:00.000Z');
    });

    it('expands the every-two-weeks star cadence with INTERVAL=2', () => {
      const sam = parse(managerIcs).events[1]!;
      expect(managerIcs).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO\r\n');
      expect(expand(sam, 3)).toEqual(['2026-03-17T09:00:00.000Z', '2026-03-31T08:00:00.000Z', '2026-04-14T08:00:00.000Z']);
    });
  });

  describe("rep feed", () => {
    it("shows only the rep's own 1:1s and the team session", () => {
      const summaries = parse(repIcs).events.map((e) => String(e.getFirstPropertyValue('summary')));
      expect(summaries).toEqual([
        'Coaching 1:1 · Mia Manager & Rae Rep', "Team skill session · Mia Manager's team", 'Coaching 1:1 · Mia Manager & Rae Rep',
      ]);
      expect(repIcs).not.toContain('Sam Star');
      expect(repIcs).not.toContain('Ola');
    });

    it('never carries session notes', () => {
      for (const ics of [managerIcs, repIcs]) {
        expect(ics).not.toContain('PRIVATE-NOTE-XYZ');
        expect(ics).not.toContain('SPECIFY-TEXT');
      }
    });
  });
});
