// A person's coaching calendar (docs/cadences-and-calendar.md): a manager sees their own
// cadences and sessions; a rep only their own 1:1 and deal sessions and their manager's
// team sessions. `now` (DTSTAMP) is read by the caller.
import { randomBytes } from 'node:crypto';
import { dayNumberOf, isoDateOf } from '../../core/analytics/iso-day.ts';
import type { Database } from '../../db/client.ts';
import { listCadences } from '../../db/queries/cadence-rows.ts';
import {
  findLiveFeed, insertCalendarFeed, listCalendarFeeds, revokeCalendarFeed, type CalendarFeedRow,
} from '../../db/queries/calendar-feeds.ts';
import { calendarPerson, calendarSessions } from '../../db/queries/calendar-sessions.ts';
import { orgTimeZone } from '../cadence/manager-cadences.ts';
import { hashToken } from '../sign-in.ts';
import { renderCalendar } from './render-calendar.ts';

// Past sessions stay in the feed this long.
const PAST_DAYS = 56;
export const CALENDAR_HOST = 'coachboard';

/** The person's calendar as iCalendar text, or null when there is no such person. */
export async function personCalendar(database: Database, orgId: number, personId: number, now: Date): Promise<{ name: string; ics: string } | null> {
  const person = await calendarPerson(database.pool, orgId, personId);
  if (!person) return null;
  const since = new Date(`${isoDateOf(dayNumberOf(now.toISOString().slice(0, 10)) - PAST_DAYS)}T00:00:00Z`);
  const isRep = person.role === 'rep';
  const manager = isRep && person.managerId !== null ? await calendarPerson(database.pool, orgId, person.managerId) : person;
  const [cadences, sessions, timeZone] = await Promise.all([
    manager ? listCadences(database.pool, orgId, [manager.id]) : Promise.resolve([]),
    calendarSessions(database.pool, orgId, person, since),
    orgTimeZone(database, orgId),
  ]);
  const mine = cadences.filter((c) => !isRep || c.repId === person.id || c.kind === 'team_skill');
  const ics = renderCalendar({
    person, timeZone, now, orgId, host: CALENDAR_HOST,
    cadences: mine.map((c) => ({ ...c, managerName: manager?.name ?? '' })),
    sessions,
  });
  return { name: person.name, ics };
}

export type FeedView = { id: number; personId: number; createdAt: string; revokedAt: string | null };
const viewOf = (row: CalendarFeedRow): FeedView => ({
  id: row.id, personId: row.personId, createdAt: row.createdAt.toISOString(), revokedAt: row.revokedAt?.toISOString() ?? null,
});

/**
 * A new secret feed URL token of a person's calendar (the user's own, or a rep's that their
 * manager hands on), owned by the user who made it; only its hash is stored. Null when there
 * is no such person in the org.
 */
export async function createCalendarFeed(database: Database, orgId: number, userId: number, personId: number): Promise<{ feed: FeedView; token: string } | null> {
  if (!(await calendarPerson(database.pool, orgId, personId))) return null;
  const token = randomBytes(24).toString('base64url');
  const row = await insertCalendarFeed(database.pool, { orgId, userId, personId, tokenHash: hashToken(token) });
  return { feed: viewOf(row), token };
}

export async function calendarFeedsOf(database: Database, orgId: number, userId: number): Promise<FeedView[]> {
  return (await listCalendarFeeds(database.pool, orgId, userId)).map(viewOf);
}

export async function revokeFeed(database: Database, orgId: number, userId: number, id: number): Promise<boolean> {
  return revokeCalendarFeed(database.pool, orgId, userId, id);
}

/** The calendar behind a feed token; null for an unknown or revoked token. */
export async function calendarForToken(database: Database, token: string, now: Date): Promise<{ name: string; ics: string } | null> {
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) return null;
  const feed = await findLiveFeed(database.pool, hashToken(token));
  return feed ? personCalendar(database, feed.orgId, feed.personId, now) : null;
}
