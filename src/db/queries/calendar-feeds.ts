// Secret calendar feed URLs (docs/cadences-and-calendar.md): only the SHA-256 of a token is
// stored; a revoked or unknown token finds nothing.
import type pg from 'pg';

type Db = Pick<pg.Pool, 'query'> | pg.PoolClient;

export type CalendarFeedRow = { id: number; personId: number; createdAt: Date; revokedAt: Date | null };

export async function insertCalendarFeed(db: Db, f: { orgId: number; userId: number; personId: number; tokenHash: string }): Promise<CalendarFeedRow> {
  const { rows } = await db.query<CalendarFeedRow>(`
    INSERT INTO calendar_feeds (org_id, user_id, person_id, token_hash) VALUES ($1, $2, $3, $4)
    RETURNING id, person_id AS "personId", created_at AS "createdAt", revoked_at AS "revokedAt"`,
  [f.orgId, f.userId, f.personId, f.tokenHash]);
  return rows[0]!;
}

export async function listCalendarFeeds(db: Db, orgId: number, userId: number): Promise<CalendarFeedRow[]> {
  const { rows } = await db.query<CalendarFeedRow>(`
    SELECT id, person_id AS "personId", created_at AS "createdAt", revoked_at AS "revokedAt"
    FROM calendar_feeds WHERE org_id = $1 AND user_id = $2 ORDER BY id`, [orgId, userId]);
  return rows;
}

/** Revokes one of the user's feeds; false when there is no such live feed. */
export async function revokeCalendarFeed(db: Db, orgId: number, userId: number, id: number): Promise<boolean> {
  const { rowCount } = await db.query(`
    UPDATE calendar_feeds SET revoked_at = now() WHERE org_id = $1 AND user_id = $2 AND id = $3 AND revoked_at IS NULL`,
  [orgId, userId, id]);
  return (rowCount ?? 0) > 0;
}

/** The live feed with this token hash, whose owner's login is still enabled. */
export async function findLiveFeed(db: Db, tokenHash: string): Promise<{ orgId: number; personId: number } | null> {
  const { rows } = await db.query<{ orgId: number; personId: number }>(`
    SELECT f.org_id AS "orgId", f.person_id AS "personId" FROM calendar_feeds f
    JOIN users u ON u.org_id = f.org_id AND u.id = f.user_id
    WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND u.disabled_at IS NULL`, [tokenHash]);
  return rows[0] ?? null;
}
