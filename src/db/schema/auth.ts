// Logins, server-side sessions, personal API tokens and sign-in throttling. All state
// lives in the database so that several server processes can share one PostgreSQL.
import {
  foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orgs, people } from './org.ts';

export const users = pgTable('users', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  personId: integer('person_id'),
  email: text('email').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['admin', 'leader', 'manager', 'rep'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  // One login per e-mail across the installation: sign-in looks users up by e-mail alone.
  uniqueIndex('users_email_uq').on(t.email),
  foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id], name: 'users_person_fk' }),
]);

export const authSessions = pgTable('auth_sessions', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  // SHA-256 of the cookie value: a leaked table does not leak live sessions.
  tokenHash: text('token_hash').notNull(),
  userId: integer('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.tokenHash] }),
  uniqueIndex('auth_sessions_token_uq').on(t.tokenHash),
  foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id], name: 'auth_sessions_user_fk' }).onDelete('cascade'),
]);

export const apiTokens = pgTable('api_tokens', {
  orgId: integer('org_id').notNull().references(() => orgs.id),
  id: integer('id').generatedAlwaysAsIdentity(),
  userId: integer('user_id').notNull(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  uniqueIndex('api_tokens_hash_uq').on(t.tokenHash),
  foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id], name: 'api_tokens_user_fk' }).onDelete('cascade'),
]);

// Failed sign-ins per e-mail and per client address, for rate limiting.
export const signInAttempts = pgTable('sign_in_attempts', {
  key: text('key').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('sign_in_attempts_key_at_idx').on(t.key, t.at)]);
