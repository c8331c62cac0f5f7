// The coaching practice: observations of behaviours, coaching sessions (PAUSE) and the
// commitments agreed in them (SPEC §2, §4.8). Analytics reads them for the queue and gaps.
import { sql } from 'drizzle-orm';
import {
  check, date, foreignKey, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';
import { opportunities } from './crm.ts';
import { people } from './org.ts';
import { behaviours, stages } from './process.ts';

export const observations = pgTable('observations', {
  orgId: integer('org_id').notNull(),
  id: integer('id').generatedAlwaysAsIdentity(),
  repId: integer('rep_id').notNull(),
  observerId: integer('observer_id').notNull(),
  behaviourId: integer('behaviour_id').notNull(),
  rating: smallint('rating').notNull(),
  evidence: text('evidence').notNull().default(''),
  source: text('source', { enum: ['joint_call', 'recording', 'deal_review', 'call_plan', 'other'] }).notNull(),
  observedAt: date('observed_at').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  // The session whose Understand step recorded it (one per session and behaviour, so that
  // saving the step again updates it); null for an observation made outside a session.
  sessionId: integer('session_id'),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  check('observations_rating_ck', sql`${t.rating} BETWEEN 1 AND 4`),
  index('observations_org_rep_idx').on(t.orgId, t.repId, t.behaviourId, t.observedAt),
  uniqueIndex('observations_session_behaviour_uq').on(t.orgId, t.sessionId, t.behaviourId),
  foreignKey({ columns: [t.orgId, t.sessionId], foreignColumns: [coachingSessions.orgId, coachingSessions.id], name: 'observations_session_fk' }),
  foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [people.orgId, people.id], name: 'observations_rep_fk' }),
  foreignKey({ columns: [t.orgId, t.observerId], foreignColumns: [people.orgId, people.id], name: 'observations_observer_fk' }),
  foreignKey({ columns: [t.orgId, t.behaviourId], foreignColumns: [behaviours.orgId, behaviours.id], name: 'observations_behaviour_fk' }).onDelete('cascade'),
]);

// One conversation. A one-on-one or deal session has its rep; a team skill session has none
// (its participants are the manager's team).
export const coachingSessions = pgTable('coaching_sessions', {
  orgId: integer('org_id').notNull(),
  id: integer('id').generatedAlwaysAsIdentity(),
  managerId: integer('manager_id').notNull(),
  kind: text('kind', { enum: ['one_on_one', 'deal', 'team_skill', 'co_creation'] }).notNull(),
  repId: integer('rep_id'),
  opportunityId: integer('opportunity_id'),
  scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
  heldAt: timestamp('held_at', { withTimezone: true }),
  durationMin: integer('duration_min'),
  status: text('status', { enum: ['planned', 'held', 'cancelled', 'missed'] }).notNull(),
  stageId: integer('stage_id'),
  behaviourId: integer('behaviour_id'),
  prepare: text('prepare'),
  affirm: text('affirm'),
  understand: text('understand'),
  specify: text('specify'),
  embed: text('embed'),
  privateNote: text('private_note'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  index('coaching_sessions_org_rep_idx').on(t.orgId, t.repId, t.heldAt),
  index('coaching_sessions_org_manager_idx').on(t.orgId, t.managerId, t.scheduledAt),
  foreignKey({ columns: [t.orgId, t.managerId], foreignColumns: [people.orgId, people.id], name: 'coaching_sessions_manager_fk' }),
  foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [people.orgId, people.id], name: 'coaching_sessions_rep_fk' }),
  foreignKey({ columns: [t.orgId, t.opportunityId], foreignColumns: [opportunities.orgId, opportunities.id], name: 'coaching_sessions_opportunity_fk' }).onDelete('set null'),
  foreignKey({ columns: [t.orgId, t.stageId], foreignColumns: [stages.orgId, stages.id], name: 'coaching_sessions_stage_fk' }).onDelete('set null'),
  foreignKey({ columns: [t.orgId, t.behaviourId], foreignColumns: [behaviours.orgId, behaviours.id], name: 'coaching_sessions_behaviour_fk' }).onDelete('set null'),
]);

export const commitments = pgTable('commitments', {
  orgId: integer('org_id').notNull(),
  id: integer('id').generatedAlwaysAsIdentity(),
  sessionId: integer('session_id').notNull(),
  repId: integer('rep_id').notNull(),
  behaviourId: integer('behaviour_id'),
  text: text('text').notNull(),
  dueOn: date('due_on').notNull(),
  status: text('status', { enum: ['open', 'done', 'not_done', 'dropped'] }).notNull().default('open'),
  reviewedInSessionId: integer('reviewed_in_session_id'),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  reviewNote: text('review_note'),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  index('commitments_org_rep_idx').on(t.orgId, t.repId, t.status, t.dueOn),
  foreignKey({ columns: [t.orgId, t.sessionId], foreignColumns: [coachingSessions.orgId, coachingSessions.id], name: 'commitments_session_fk' }).onDelete('cascade'),
  foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [people.orgId, people.id], name: 'commitments_rep_fk' }),
  foreignKey({ columns: [t.orgId, t.behaviourId], foreignColumns: [behaviours.orgId, behaviours.id], name: 'commitments_behaviour_fk' }).onDelete('set null'),
  foreignKey({ columns: [t.orgId, t.reviewedInSessionId], foreignColumns: [coachingSessions.orgId, coachingSessions.id], name: 'commitments_reviewed_in_fk' }).onDelete('set null'),
]);
