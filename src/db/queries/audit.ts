// The audit log: sign-ins, imports, exports and permission changes (SPEC §5).
import type pg from 'pg';

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

export type AuditAction =
  | 'sign_in' | 'sign_in_failed' | 'sign_out' | 'setup' | 'import' | 'demo_loaded' | 'export'
  | 'user_created' | 'role_changed' | 'user_disabled' | 'user_enabled' | 'guide_edited' | 'coaching_privacy_changed';

export async function recordAudit(
  db: Queryable, orgId: number, actorUserId: number | null, action: AuditAction, detail: Record<string, unknown> = {},
): Promise<void> {
  await db.query(
    'INSERT INTO audit_log (org_id, actor_user_id, action, detail) VALUES ($1, $2, $3, $4)',
    [orgId, actorUserId, action, JSON.stringify(detail)],
  );
}
