// A co-creation session's ideas, one per lens and thought, and the commitments made from the
// chosen ones (co_creation_next_steps).
import type pg from 'pg';
import { isoTimestamp } from '../queries/coaching-sessions.ts';

type Db = pg.Pool | pg.PoolClient;

export type LensValue = 'substitute' | 'combine' | 'adapt' | 'magnify' | 'modify' | 'put_to_other_uses' | 'eliminate' | 'rearrange' | 'reverse';
export type IdeaRow = { id: number; lens: LensValue; text: string; chosen: boolean; createdAt: string; commitmentIds: number[] };

export async function listIdeas(db: Db, orgId: number, sessionId: number): Promise<IdeaRow[]> {
  const { rows } = await db.query<IdeaRow>(`
    SELECT d.id, d.lens, d.text, d.chosen, ${isoTimestamp('d.created_at')} AS "createdAt",
      coalesce((SELECT array_agg(n.commitment_id ORDER BY n.commitment_id) FROM co_creation_next_steps n
        WHERE n.org_id = d.org_id AND n.idea_id = d.id), '{}'::int[]) AS "commitmentIds"
    FROM co_creation_ideas d WHERE d.org_id = $1 AND d.session_id = $2 ORDER BY d.id`, [orgId, sessionId]);
  return rows;
}

export async function insertIdea(db: Db, orgId: number, sessionId: number, idea: { lens: LensValue; text: string; chosen: boolean }): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    'INSERT INTO co_creation_ideas (org_id, session_id, lens, text, chosen) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [orgId, sessionId, idea.lens, idea.text, idea.chosen]);
  return rows[0]!.id;
}

export async function findIdea(db: Db, orgId: number, sessionId: number, ideaId: number): Promise<{ id: number; chosen: boolean } | null> {
  const { rows } = await db.query<{ id: number; chosen: boolean }>(
    'SELECT id, chosen FROM co_creation_ideas WHERE org_id = $1 AND session_id = $2 AND id = $3', [orgId, sessionId, ideaId]);
  return rows[0] ?? null;
}

export async function updateIdea(db: Db, orgId: number, ideaId: number, patch: { lens?: LensValue; text?: string; chosen?: boolean }): Promise<void> {
  const columns = { lens: 'lens', text: 'text', chosen: 'chosen' } as const;
  const fields = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => patch[k] !== undefined);
  if (fields.length === 0) return;
  await db.query(`UPDATE co_creation_ideas SET ${fields.map((k, i) => `${columns[k]} = $${i + 3}`).join(', ')} WHERE org_id = $1 AND id = $2`,
    [orgId, ideaId, ...fields.map((k) => patch[k])]);
}

export async function deleteIdea(db: Db, orgId: number, ideaId: number): Promise<void> {
  await db.query('DELETE FROM co_creation_ideas WHERE org_id = $1 AND id = $2', [orgId, ideaId]);
}

export async function linkNextStep(db: Db, orgId: number, commitmentId: number, ideaId: number): Promise<void> {
  await db.query('INSERT INTO co_creation_next_steps (org_id, commitment_id, idea_id) VALUES ($1, $2, $3)', [orgId, commitmentId, ideaId]);
}
