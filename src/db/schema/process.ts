// The sales process and the coaching guide's content: stages, behaviours, starter
// questions, and KPI targets.
import {
  doublePrecision, foreignKey, integer, pgTable, primaryKey, text, unique, uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orgs } from './org.ts';

export const stages = pgTable('stages', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  key: text('key').notNull(),
  name: text('name').notNull(),
  position: integer('position').notNull(),
  kind: text('kind', { enum: ['open', 'won', 'lost', 'no_decision'] }).notNull(),
  expectedDays: integer('expected_days'),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  uniqueIndex('stages_org_key_uq').on(t.orgId, t.key),
]);

export const behaviours = pgTable('behaviours', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  stageId: integer('stage_id').notNull(),
  key: text('key').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  uniqueIndex('behaviours_org_key_uq').on(t.orgId, t.key),
  foreignKey({ columns: [t.orgId, t.stageId], foreignColumns: [stages.orgId, stages.id], name: 'behaviours_stage_fk' }).onDelete('cascade'),
]);

export const starterQuestions = pgTable('starter_questions', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  stageId: integer('stage_id').notNull(),
  behaviourId: integer('behaviour_id'),
  text: text('text').notNull(),
  position: integer('position').notNull(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  foreignKey({ columns: [t.orgId, t.stageId], foreignColumns: [stages.orgId, stages.id], name: 'starter_questions_stage_fk' }).onDelete('cascade'),
  foreignKey({ columns: [t.orgId, t.behaviourId], foreignColumns: [behaviours.orgId, behaviours.id], name: 'starter_questions_behaviour_fk' }).onDelete('cascade'),
]);

export const kpiTargets = pgTable('kpi_targets', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  kpi: text('kpi').notNull(),
  scope: text('scope', { enum: ['org', 'team', 'rep'] }).notNull(),
  // A person id for 'rep' and 'team' (the manager), empty for 'org'.
  scopeId: integer('scope_id'),
  value: doublePrecision('value').notNull(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  unique('kpi_targets_uq').on(t.orgId, t.kpi, t.scope, t.scopeId).nullsNotDistinct(),
]);
