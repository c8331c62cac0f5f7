// First-run setup and user administration (admins), with the audit entries they need.
import { randomBytes } from 'node:crypto';
import type { Role, Viewer } from '../core/access/viewer.ts';
import type { Database } from '../db/client.ts';
import { recordAudit } from '../db/queries/audit.ts';
import { ensureOrg, findOrg, renameOrg } from '../db/queries/orgs.ts';
import { countAdmins, findUserByEmail, findUserById, insertApiToken, insertUser, listUsers, updateUser, type UserRow } from '../db/queries/users.ts';
import { hashPassword } from './password-hashing.ts';
import { hashToken } from './sign-in.ts';

export async function setupStatus(database: Database): Promise<{ needsSetup: boolean; orgName: string | null; hasData: boolean }> {
  const org = await findOrg(database.pool);
  const users = await countAdmins(database.pool);
  const { rows } = await database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM (SELECT 1 FROM opportunities LIMIT 1) o');
  return { needsSetup: users === 0, orgName: org?.name ?? null, hasData: rows[0]!.n > 0 };
}

export type CreateUserResult = { ok: true; user: UserRow } | { ok: false; reason: 'email_taken' | 'setup_done' | 'person_not_found' };

/** Creates the org (or names the existing one) and its first admin; only while no user exists. */
export async function setUpOrg(
  database: Database, input: { orgName: string; name: string; email: string; password: string },
): Promise<CreateUserResult> {
  if (await countAdmins(database.pool) > 0) return { ok: false, reason: 'setup_done' };
  const orgId = await ensureOrg(database.pool, input.orgName);
  await renameOrg(database.pool, orgId, input.orgName);
  const id = await insertUser(database.pool, {
    orgId, email: input.email, role: 'admin', personId: null, passwordHash: await hashPassword(input.password),
  });
  if (id === null) return { ok: false, reason: 'email_taken' };
  await recordAudit(database.pool, orgId, id, 'setup', { orgName: input.orgName, adminEmail: input.email, adminName: input.name });
  return { ok: true, user: (await findUserById(database.pool, orgId, id))! };
}

export async function createUser(
  database: Database, actor: Viewer | null, input: { email: string; role: Role; personId: number | null; password: string },
): Promise<CreateUserResult> {
  const orgId = actor?.orgId ?? await ensureOrg(database.pool);
  if (input.personId !== null) {
    const { rows } = await database.pool.query('SELECT 1 FROM people WHERE org_id = $1 AND id = $2', [orgId, input.personId]);
    if (rows.length === 0) return { ok: false, reason: 'person_not_found' };
  }
  const id = await insertUser(database.pool, { orgId, email: input.email, role: input.role, personId: input.personId, passwordHash: await hashPassword(input.password) });
  if (id === null) return { ok: false, reason: 'email_taken' };
  await recordAudit(database.pool, orgId, actor?.userId ?? null, 'user_created', { userId: id, email: input.email, role: input.role });
  return { ok: true, user: (await findUserById(database.pool, orgId, id))! };
}

export async function changeUser(
  database: Database, actor: Viewer, id: number, patch: { role?: Role; disabled?: boolean },
): Promise<UserRow | null> {
  const before = await findUserById(database.pool, actor.orgId, id);
  if (!before) return null;
  await updateUser(database.pool, actor.orgId, id, patch);
  if (patch.role && patch.role !== before.role) {
    await recordAudit(database.pool, actor.orgId, actor.userId, 'role_changed', { userId: id, from: before.role, to: patch.role });
  }
  if (patch.disabled !== undefined && patch.disabled !== before.disabled) {
    await recordAudit(database.pool, actor.orgId, actor.userId, patch.disabled ? 'user_disabled' : 'user_enabled', { userId: id });
  }
  return findUserById(database.pool, actor.orgId, id);
}

export const browseUsers = (database: Database, actor: Viewer, page: number, pageSize: number) =>
  listUsers(database.pool, actor.orgId, page, pageSize);

/** Creates a personal API token for a user (shown once) and returns it. */
export async function issueApiToken(database: Database, email: string, name: string): Promise<string | null> {
  const user = await findUserByEmail(database.pool, email);
  if (!user) return null;
  const token = `cbt_${randomBytes(24).toString('base64url')}`;
  await insertApiToken(database.pool, { orgId: user.orgId, userId: user.id, name, tokenHash: hashToken(token) });
  return token;
}
