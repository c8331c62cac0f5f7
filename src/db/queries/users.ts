// Logins, sessions and API tokens.
import type pg from 'pg';
import type { Role } from '../../core/access/viewer.ts';

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

export type UserRow = {
  id: number; orgId: number; email: string; role: Role; personId: number | null;
  passwordHash: string; disabled: boolean; personName: string | null; createdAt: string;
};

const USER_COLUMNS = `u.id, u.org_id AS "orgId", u.email, u.role, u.person_id AS "personId",
  u.password_hash AS "passwordHash", u.disabled_at IS NOT NULL AS disabled, p.name AS "personName",
  to_char(u.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"`;
const USER_FROM = 'users u LEFT JOIN people p ON p.org_id = u.org_id AND p.id = u.person_id';

/** Admins who can sign in: while there are none, the first-run setup is open. */
export async function countAdmins(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL");
  return rows[0]!.n;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM ${USER_FROM} WHERE u.email = $1`, [email]);
  return rows[0] ?? null;
}

export async function findUserById(db: Queryable, orgId: number, id: number): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM ${USER_FROM} WHERE u.org_id = $1 AND u.id = $2`, [orgId, id]);
  return rows[0] ?? null;
}

export async function insertUser(
  db: Queryable, user: { orgId: number; email: string; role: Role; personId: number | null; passwordHash: string },
): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO users (org_id, email, role, person_id, password_hash) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [user.orgId, user.email, user.role, user.personId, user.passwordHash],
  );
  return rows[0]?.id ?? null;
}

export async function listUsers(db: Queryable, orgId: number, page: number, pageSize: number): Promise<{ items: UserRow[]; total: number }> {
  const { rows } = await db.query<UserRow & { total: number }>(
    `SELECT ${USER_COLUMNS}, count(*) OVER ()::int AS total FROM ${USER_FROM} WHERE u.org_id = $1
     ORDER BY u.email LIMIT $2 OFFSET $3`,
    [orgId, pageSize, (page - 1) * pageSize],
  );
  return { items: rows, total: rows[0]?.total ?? (await countOrgUsers(db, orgId)) };
}

async function countOrgUsers(db: Queryable, orgId: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE org_id = $1', [orgId]);
  return rows[0]!.n;
}

export async function updateUser(
  db: Queryable, orgId: number, id: number, patch: { role?: Role; disabled?: boolean },
): Promise<void> {
  await db.query(
    `UPDATE users SET role = coalesce($3, role),
       disabled_at = CASE WHEN $4::bool IS NULL THEN disabled_at WHEN $4 THEN coalesce(disabled_at, now()) ELSE NULL END
     WHERE org_id = $1 AND id = $2`,
    [orgId, id, patch.role ?? null, patch.disabled ?? null],
  );
  if (patch.disabled) await db.query('DELETE FROM auth_sessions WHERE org_id = $1 AND user_id = $2', [orgId, id]);
}

export async function insertSession(
  db: Queryable, s: { orgId: number; userId: number; tokenHash: string; csrfToken: string; ttlHours: number },
): Promise<void> {
  await db.query('DELETE FROM auth_sessions WHERE expires_at < now()');
  await db.query(
    `INSERT INTO auth_sessions (org_id, token_hash, user_id, csrf_token, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
    [s.orgId, s.tokenHash, s.userId, s.csrfToken, s.ttlHours],
  );
}

export async function findSessionUser(db: Queryable, tokenHash: string): Promise<(UserRow & { csrfToken: string }) | null> {
  const { rows } = await db.query<UserRow & { csrfToken: string }>(
    `SELECT ${USER_COLUMNS}, s.csrf_token AS "csrfToken" FROM auth_sessions s
     JOIN users u ON u.org_id = s.org_id AND u.id = s.user_id
     LEFT JOIN people p ON p.org_id = u.org_id AND p.id = u.person_id
     WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
    [tokenHash],
  );
  return rows[0] ?? null;
}

export async function findTokenUser(db: Queryable, tokenHash: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM api_tokens t JOIN users u ON u.org_id = t.org_id AND u.id = t.user_id
     LEFT JOIN people p ON p.org_id = u.org_id AND p.id = u.person_id
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled_at IS NULL`,
    [tokenHash],
  );
  return rows[0] ?? null;
}

export async function insertApiToken(db: Queryable, t: { orgId: number; userId: number; name: string; tokenHash: string }): Promise<void> {
  await db.query('INSERT INTO api_tokens (org_id, user_id, name, token_hash) VALUES ($1, $2, $3, $4)',
    [t.orgId, t.userId, t.name, t.tokenHash]);
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM auth_sessions WHERE token_hash = $1', [tokenHash]);
}

/** Records a failed sign-in under each key (e-mail and client address); old rows are pruned. */
export async function recordFailedSignIn(db: Queryable, keys: string[]): Promise<void> {
  await db.query('INSERT INTO sign_in_attempts (key) SELECT unnest($1::text[])', [keys]);
  await db.query("DELETE FROM sign_in_attempts WHERE at < now() - interval '1 day'");
}

/** Failed sign-ins per key in the last `windowMinutes`. */
export async function recentFailures(db: Queryable, keys: string[], windowMinutes: number): Promise<Record<string, number>> {
  const { rows } = await db.query<{ key: string; n: number }>(
    `SELECT key, count(*)::int AS n FROM sign_in_attempts
     WHERE key = ANY($1) AND at > now() - make_interval(mins => $2) GROUP BY key`,
    [keys, windowMinutes],
  );
  return Object.fromEntries(rows.map((r) => [r.key, r.n]));
}

export async function clearFailures(db: Queryable, keys: string[]): Promise<void> {
  await db.query('DELETE FROM sign_in_attempts WHERE key = ANY($1)', [keys]);
}
