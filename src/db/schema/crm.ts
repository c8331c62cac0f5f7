// CRM data: accounts, products, opportunities and their history, stakeholders,
// activities and quotas. Imported rows keep their external id so that re-import is an
// idempotent upsert (unique on org_id + external_id).
import {
  date, doublePrecision, foreignKey, index, integer, numeric, pgTable, primaryKey, text, timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orgs, people } from './org.ts';
import { stages } from './process.ts';

const money = (name: string) => numeric(name, { precision: 16, scale: 2, mode: 'number' });

export const accounts = pgTable('accounts', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  externalId: text('external_id').notNull(),
  source: text('source').notNull(),
  name: text('name').notNull(),
  segment: text('segment'),
  industry: text('industry'),
  employees: integer('employees'),
  sizeBand: text('size_band'),
  region: text('region'),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  uniqueIndex('accounts_org_external_uq').on(t.orgId, t.externalId),
]);

export const products = pgTable('products', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  externalId: text('external_id').notNull(),
  source: text('source').notNull(),
  name: text('name').notNull(),
  series: text('series'),
  listPrice: money('list_price'),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  uniqueIndex('products_org_external_uq').on(t.orgId, t.externalId),
]);

export const opportunities = pgTable('opportunities', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  externalId: text('external_id').notNull(),
  source: text('source').notNull(),
  ownerId: integer('owner_id').notNull(),
  accountId: integer('account_id'),
  productId: integer('product_id'),
  name: text('name').notNull(),
  segment: text('segment'),
  // null = unknown (never 0 for "missing"): lost deals valued 0 by a CRM keep their 0.
  amount: money('amount'),
  currency: text('currency'),
  stageId: integer('stage_id').notNull(),
  createdAt: date('created_at'),
  engagedAt: date('engaged_at'),
  expectedCloseAt: date('expected_close_at'),
  closedAt: date('closed_at'),
  outcome: text('outcome', { enum: ['open', 'won', 'lost', 'no_decision'] }).notNull(),
  lossReason: text('loss_reason'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  uniqueIndex('opportunities_org_external_uq').on(t.orgId, t.externalId),
  index('opportunities_org_owner_idx').on(t.orgId, t.ownerId, t.outcome),
  index('opportunities_org_closed_idx').on(t.orgId, t.closedAt),
  // No index on stage_id, amount or updated_at: a day's import changes those of a deal, and
  // with none of them indexed (and fillfactor 85, set by migration 0010) the new version is
  // written in place as a HOT update, with no index entry to add (ADR 018).
  foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [people.orgId, people.id], name: 'opportunities_owner_fk' }),
  foreignKey({ columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id], name: 'opportunities_account_fk' }),
  foreignKey({ columns: [t.orgId, t.productId], foreignColumns: [products.orgId, products.id], name: 'opportunities_product_fk' }),
  foreignKey({ columns: [t.orgId, t.stageId], foreignColumns: [stages.orgId, stages.id], name: 'opportunities_stage_fk' }),
]);

// No foreign keys (dropped in migration 0011, ADR 019): the import is the only writer, and
// it resolves a row's deal and stage by joining them in the very statement that inserts it
// (after reporting every reference that matches none); deals and stages are never deleted.
// The two keys' checks cost ~40 ms of a day's embedded import at 1M deals, and re-adding them
// after a bulk load validated every row (32 s of a first 1M-deal embedded import).
export const stageHistory = pgTable('stage_history', {
  orgId: integer('org_id').notNull(),
  opportunityId: integer('opportunity_id').notNull(),
  stageId: integer('stage_id').notNull(),
  enteredAt: timestamp('entered_at').notNull(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.opportunityId, t.enteredAt, t.stageId] }),
  index('stage_history_org_stage_idx').on(t.orgId, t.stageId, t.enteredAt),
]);

export const fieldHistory = pgTable('field_history', {
  orgId: integer('org_id').notNull(),
  opportunityId: integer('opportunity_id').notNull(),
  field: text('field', { enum: ['expectedCloseAt', 'amount', 'stage'] }).notNull(),
  oldValue: text('old_value'),
  newValue: text('new_value'),
  changedAt: timestamp('changed_at').notNull(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.opportunityId, t.field, t.changedAt] }),
  foreignKey({ columns: [t.orgId, t.opportunityId], foreignColumns: [opportunities.orgId, opportunities.id], name: 'field_history_opportunity_fk' }).onDelete('cascade'),
]);

export const stakeholders = pgTable('stakeholders', {
  orgId: integer('org_id').notNull(),
  id: integer('id').generatedAlwaysAsIdentity(),
  opportunityId: integer('opportunity_id').notNull(),
  name: text('name').notNull(),
  role: text('role'),
  influence: text('influence', { enum: ['low', 'medium', 'high'] }),
  stance: text('stance', { enum: ['champion', 'supporter', 'neutral', 'skeptic', 'blocker'] }),
  engagedAt: date('engaged_at'),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  uniqueIndex('stakeholders_opp_name_uq').on(t.orgId, t.opportunityId, t.name),
  foreignKey({ columns: [t.orgId, t.opportunityId], foreignColumns: [opportunities.orgId, opportunities.id], name: 'stakeholders_opportunity_fk' }).onDelete('cascade'),
]);

export const activities = pgTable('activities', {
  orgId: integer('org_id').notNull(),
  id: integer('id').generatedAlwaysAsIdentity(),
  externalId: text('external_id').notNull(),
  source: text('source').notNull(),
  personId: integer('person_id').notNull(),
  opportunityId: integer('opportunity_id'),
  type: text('type').notNull(),
  occurredAt: timestamp('occurred_at').notNull(),
  durationMin: doublePrecision('duration_min'),
  connected: text('connected', { enum: ['yes', 'no'] }),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  uniqueIndex('activities_org_external_uq').on(t.orgId, t.externalId),
  index('activities_org_person_at_idx').on(t.orgId, t.personId, t.occurredAt),
  index('activities_org_at_idx').on(t.orgId, t.occurredAt),
  index('activities_org_opp_at_idx').on(t.orgId, t.opportunityId, t.occurredAt),
  foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id], name: 'activities_person_fk' }),
  foreignKey({ columns: [t.orgId, t.opportunityId], foreignColumns: [opportunities.orgId, opportunities.id], name: 'activities_opportunity_fk' }).onDelete('set null'),
]);

export const quotas = pgTable('quotas', {
  orgId: integer('org_id').notNull(),
  personId: integer('person_id').notNull(),
  periodStart: date('period_start').notNull(),
  periodEnd: date('period_end').notNull(),
  amount: money('amount').notNull(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.personId, t.periodStart] }),
  foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id], name: 'quotas_person_fk' }),
]);

// One row per import run (CLI or upload), with its outcome and report.
export const importRuns = pgTable('import_runs', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  preset: text('preset').notNull(),
  source: text('source').notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  report: text('report').notNull(),
}, (t) => [primaryKey({ columns: [t.orgId, t.id] })]);
