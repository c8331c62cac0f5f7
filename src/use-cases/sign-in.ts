// Sign-in, sign-out and resolving a request's session or API token to a viewer.
import { createHash, randomBytes } from 'node:crypto';
import type { Viewer } from '../core/access/viewer.ts';
import type { Database } from '../db/client.ts';
import { recordAudit } from '../db/queries/audit.ts';
import {
  clearFailures, deleteSession, findSessionUser, findTokenUser, findUserByEmail, insertSession,
  recentFailures, recordFailedSignIn, type UserRow,
} from '../db/queries/users.ts';
import { findOrg } from '../db/queries/orgs.ts';
import { UNUSABLE_HASH, verifyPassword } from './password-hashing.ts';

export const SESSION_TTL_HOURS = 24 * 14;
/** Failed sign-ins allowed per e-mail in the window. */
export const MAX_FAILURES = 8;
/**
 * Per client address the allowance is larger: behind a reverse proxy every user shares one
 * address, and one person's typos must not lock everybody out.
 */
export const MAX_FAILURES_PER_ADDRESS = 50;
export const FAILURE_WINDOW_MINUTES = 15;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const newToken = (): string => randomBytes(32).toString('base64url');

export type SessionUser = {
  viewer: Viewer;
  user: { id: number; email: string; role: Viewer['role']; personId: number | null; name: string | null; orgName: string };
  csrfToken: string;
};

export type SignInResult =
  | { ok: true; token: string; session: SessionUser }
  | { ok: false; reason: 'invalid_credentials' }
  | { ok: false; reason: 'too_many_attempts'; retryAfterMinutes: number };

async function toSessionUser(database: Database, row: UserRow, csrfToken: string): Promise<SessionUser> {
  const org = await findOrg(database.pool);
  return {
    viewer: { userId: row.id, orgId: row.orgId, role: row.role, personId: row.personId },
    user: { id: row.id, email: row.email, role: row.role, personId: row.personId, name: row.personName, orgName: org?.name ?? '' },
    csrfToken,
  };
}

export async function startSession(database: Database, row: UserRow): Promise<{ token: string; session: SessionUser }> {
  const token = newToken();
  const csrfToken = newToken();
  await insertSession(database.pool, { orgId: row.orgId, userId: row.id, tokenHash: hashToken(token), csrfToken, ttlHours: SESSION_TTL_HOURS });
  return { token, session: await toSessionUser(database, row, csrfToken) };
}

export async function signIn(database: Database, email: string, password: string, clientAddress: string): Promise<SignInResult> {
  const emailKey = `email:${email}`;
  const addressKey = `ip:${clientAddress}`;
  const keys = [emailKey, addressKey];
  const failures = await recentFailures(database.pool, keys, FAILURE_WINDOW_MINUTES);
  if ((failures[emailKey] ?? 0) >= MAX_FAILURES || (failures[addressKey] ?? 0) >= MAX_FAILURES_PER_ADDRESS) {
    return { ok: false, reason: 'too_many_attempts', retryAfterMinutes: FAILURE_WINDOW_MINUTES };
  }
  const row = await findUserByEmail(database.pool, email);
  // Hash even when the e-mail is unknown, so timing does not tell which e-mails exist.
  const matches = await verifyPassword(password, row?.passwordHash ?? UNUSABLE_HASH);
  if (!row || !matches || row.disabled) {
    await recordFailedSignIn(database.pool, keys);
    if (row) await recordAudit(database.pool, row.orgId, row.id, 'sign_in_failed', { email, clientAddress });
    return { ok: false, reason: 'invalid_credentials' };
  }
  await clearFailures(database.pool, [emailKey]);
  await recordAudit(database.pool, row.orgId, row.id, 'sign_in', { clientAddress });
  return { ok: true, ...(await startSession(database, row)) };
}

export async function signOut(database: Database, token: string, viewer: Viewer): Promise<void> {
  await deleteSession(database.pool, hashToken(token));
  await recordAudit(database.pool, viewer.orgId, viewer.userId, 'sign_out');
}

export async function sessionFromCookie(database: Database, token: string): Promise<SessionUser | null> {
  const row = await findSessionUser(database.pool, hashToken(token));
  return row ? toSessionUser(database, row, row.csrfToken) : null;
}

export async function sessionFromApiToken(database: Database, token: string): Promise<SessionUser | null> {
  const row = await findTokenUser(database.pool, hashToken(token));
  return row ? toSessionUser(database, row, '') : null;
}

