// The org's coaching privacy setting, kept in orgs.settings (jsonb):
// `leadersSeePrivateNotes`, false unless an admin turns it on (docs/privacy.md).
import type pg from 'pg';

type Db = pg.Pool | pg.PoolClient;

export async function readOrgSettings(db: Db, orgId: number): Promise<unknown> {
  const { rows } = await db.query<{ settings: unknown }>('SELECT settings FROM orgs WHERE id = $1', [orgId]);
  return rows[0]?.settings ?? {};
}

export async function writeLeadersSeePrivateNotes(db: Db, orgId: number, value: boolean): Promise<void> {
  await db.query(`UPDATE orgs SET settings = settings || jsonb_build_object('leadersSeePrivateNotes', $2::boolean) WHERE id = $1`, [orgId, value]);
}
