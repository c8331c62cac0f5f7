// Cadences, their generated occurrences, calendar feeds and the manager's weekly time
// self-report (SPEC §2, §4.9; docs/cadences-and-calendar.md, docs/accountability.md).
// org_id leads every key (ADR 003).
import { sql } from 'drizzle-orm';
import {
  boolean, check, date, foreignKey, index, integer, numeric, pgTable, primaryKey, smallint, text, time, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { coachingSessions } from './coaching.ts';
import { orgs, people } from './org.ts';

// A recurring plan: a weekly (or every-N-weeks) 1:1 with one rep, or a team skill session
// (rep_id null). Times are local wall-clock times in an IANA time zone, so that a 10:00
// meeting stays at 10:00 across daylight-saving changes.
export const cadences = pgTable('cadences', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  managerId: integer('manager_id').notNull(),
  repId: integer('rep_id'),
  kind: text('kind', { enum: ['one_on_one', 'team_skill', 'deal'] }).notNull(),
  // ISO weekday: 1 = Monday … 7 = Sunday.
  weekday: smallint('weekday').notNull(),
  localTime: time('local_time').notNull(),
  timeZone: text('time_zone').notNull().default('UTC'),
  everyWeeks: smallint('every_weeks').notNull().default(1),
  durationMin: integer('duration_min').notNull(),
  // The first week of the rhythm: "every 2 weeks" counts from the week of this date.
  startsOn: date('starts_on').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  index('cadences_org_manager_idx').on(t.orgId, t.managerId),
  check('cadences_weekday_ck', sql`${t.weekday} BETWEEN 1 AND 7`),
  check('cadences_every_weeks_ck', sql`${t.everyWeeks} BETWEEN 1 AND 12`),
  check('cadences_duration_ck', sql`${t.durationMin} BETWEEN 5 AND 480`),
  check('cadences_rep_ck', sql`(${t.kind} = 'team_skill') = (${t.repId} IS NULL)`),
  foreignKey({ columns: [t.orgId, t.managerId], foreignColumns: [people.orgId, people.id], name: 'cadences_manager_fk' }),
  foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [people.orgId, people.id], name: 'cadences_rep_fk' }),
]);

// One generated occurrence of a cadence and the planned session made for it. It makes
// generation idempotent: an occurrence already here is never generated again, even when
// its session was cancelled or moved to another time.
export const cadenceOccurrences = pgTable('cadence_occurrences', {
  orgId: integer('org_id').notNull(),
  cadenceId: integer('cadence_id').notNull(),
  // The local date the rule gave (before any move).
  occursOn: date('occurs_on').notNull(),
  sessionId: integer('session_id').notNull(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.cadenceId, t.occursOn] }),
  uniqueIndex('cadence_occurrences_session_uq').on(t.orgId, t.sessionId),
  foreignKey({ columns: [t.orgId, t.cadenceId], foreignColumns: [cadences.orgId, cadences.id], name: 'cadence_occurrences_cadence_fk' }).onDelete('cascade'),
  foreignKey({ columns: [t.orgId, t.sessionId], foreignColumns: [coachingSessions.orgId, coachingSessions.id], name: 'cadence_occurrences_session_fk' }).onDelete('cascade'),
]);

// A secret calendar feed URL of one person (manager or rep). Only the SHA-256 of the token
// is kept, like API tokens; revoking sets revoked_at and the URL answers 404.
export const calendarFeeds = pgTable('calendar_feeds', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  userId: integer('user_id').notNull(),
  personId: integer('person_id').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  uniqueIndex('calendar_feeds_hash_uq').on(t.tokenHash),
  foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id], name: 'calendar_feeds_user_fk' }).onDelete('cascade'),
  foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id], name: 'calendar_feeds_person_fk' }),
]);

// The manager's weekly time-allocation self-report (SPEC §4.9): hours per category.
export const timeEntries = pgTable('time_entries', {
  orgId: integer('org_id').notNull(),
  managerId: integer('manager_id').notNull(),
  // The Monday of the ISO week.
  weekStart: date('week_start').notNull(),
  category: text('category', { enum: ['coaching', 'deal_support', 'admin', 'resource_allocation', 'selling', 'other'] }).notNull(),
  hours: numeric('hours', { precision: 5, scale: 2 }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.managerId, t.weekStart, t.category] }),
  check('time_entries_hours_ck', sql`${t.hours} >= 0 AND ${t.hours} <= 168`),
  check('time_entries_monday_ck', sql`EXTRACT(ISODOW FROM ${t.weekStart}) = 1`),
  foreignKey({ columns: [t.orgId, t.managerId], foreignColumns: [people.orgId, people.id], name: 'time_entries_manager_fk' }),
]);
