// Stall detection (SPEC §4.6, docs/stalls.md): snoozes that keep a known pause out of the
// stalled list, and the per-stage threshold overrides an admin sets.
import { sql } from 'drizzle-orm';
import {
  boolean, check, date, foreignKey, integer, pgTable, primaryKey, text, timestamp, unique,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { opportunities } from './crm.ts';
import { orgs } from './org.ts';
import { stages } from './process.ts';

// One current snooze per deal: snoozing again replaces it, un-snoozing deletes it. A deal is
// snoozed as of a date when `until` is on or after that date.
export const dealSnoozes = pgTable('deal_snoozes', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  opportunityId: integer('opportunity_id').notNull(),
  until: date('until').notNull(),
  reason: text('reason').notNull(),
  createdBy: integer('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.opportunityId] }),
  check('deal_snoozes_reason_ck', sql`length(${t.reason}) BETWEEN 1 AND 500`),
  foreignKey({ columns: [t.orgId, t.opportunityId], foreignColumns: [opportunities.orgId, opportunities.id], name: 'deal_snoozes_opportunity_fk' }).onDelete('cascade'),
  foreignKey({ columns: [t.orgId, t.createdBy], foreignColumns: [users.orgId, users.id], name: 'deal_snoozes_created_by_fk' }),
]);

// Overrides of the built-in stall thresholds: `stage_id` null is the org's default for every
// stage, a stage's row wins over it. A null column keeps the level below (stage → org → built-in).
export const stallThresholds = pgTable('stall_thresholds', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  stageId: integer('stage_id'),
  /** A fixed limit on days in the stage, instead of the p80 of the deals that left it. */
  daysInStageMax: integer('days_in_stage_max'),
  /** A fixed limit on days since engage (deals without stage history), instead of the won cycles' p80. */
  engageDaysMax: integer('engage_days_max'),
  /** Days without activity on the deal before it counts as stalled (built-in 14). */
  inactiveDays: integer('inactive_days'),
  /** Close-date pushes that count as a stall (built-in 2). */
  closePushesMin: integer('close_pushes_min'),
  /** Engaged stakeholders a late-stage deal needs (built-in 2: one or none is single-threaded). */
  engagedMin: integer('engaged_min'),
  /** Whether single-threading is checked in this stage (built-in: the last 3 open stages). */
  lateStage: boolean('late_stage'),
  updatedBy: integer('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  unique('stall_thresholds_stage_uq').on(t.orgId, t.stageId).nullsNotDistinct(),
  check('stall_thresholds_positive_ck', sql`coalesce(${t.daysInStageMax}, 1) >= 1 AND coalesce(${t.engageDaysMax}, 1) >= 1
    AND coalesce(${t.inactiveDays}, 1) >= 1 AND coalesce(${t.closePushesMin}, 1) >= 1 AND coalesce(${t.engagedMin}, 1) >= 1`),
  foreignKey({ columns: [t.orgId, t.stageId], foreignColumns: [stages.orgId, stages.id], name: 'stall_thresholds_stage_fk' }).onDelete('cascade'),
  foreignKey({ columns: [t.orgId, t.updatedBy], foreignColumns: [users.orgId, users.id], name: 'stall_thresholds_updated_by_fk' }),
]);
