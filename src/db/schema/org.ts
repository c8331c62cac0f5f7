// Tenancy and people. Every table carries org_id, and org_id leads every primary and
// foreign key so that tables can later be distributed by org (ADR 003).
import { sql } from 'drizzle-orm';
import {
  boolean, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';

export const orgs = pgTable('orgs', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  settings: jsonb('settings').notNull().default(sql`'{}'::jsonb`),
  // Bumped by every committed import, so that cached analytics know they are stale.
  dataVersion: integer('data_version').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const people = pgTable('people', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  externalId: text('external_id').notNull(),
  source: text('source').notNull(),
  name: text('name').notNull(),
  email: text('email'),
  title: text('title'),
  role: text('role', { enum: ['rep', 'manager', 'leader'] }).notNull(),
  managerId: integer('manager_id'),
  team: text('team'),
  region: text('region'),
  hiredAt: date('hired_at'),
  active: boolean('active').notNull().default(true),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  uniqueIndex('people_org_external_uq').on(t.orgId, t.externalId),
  index('people_org_manager_idx').on(t.orgId, t.managerId),
  index('people_org_name_idx').on(t.orgId, t.name),
  foreignKey({ columns: [t.orgId, t.managerId], foreignColumns: [t.orgId, t.id], name: 'people_manager_fk' }),
]);

export const auditLog = pgTable('audit_log', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorUserId: integer('actor_user_id'),
  action: text('action').notNull(),
  detail: jsonb('detail').notNull().default(sql`'{}'::jsonb`),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  index('audit_org_at_idx').on(t.orgId, t.at),
]);
