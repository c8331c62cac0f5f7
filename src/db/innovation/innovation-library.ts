// The innovation library: full-text search with the generated `search` column (ADR 011):
// websearch_to_tsquery for what people type, ts_rank to order, ts_headline for an extract
// whose matches are marked with two control characters (split apart in the core).
import type pg from 'pg';
import { isoTimestamp } from '../queries/coaching-sessions.ts';
import type { ObstacleCategoryValue, OutcomeValue } from './co-creation-rows.ts';

type Db = pg.Pool | pg.PoolClient;

export type InnovationRow = {
  id: number; title: string; segment: string | null; obstacleCategory: ObstacleCategoryValue;
  situation: string; approach: string; lesson: string; result: OutcomeValue;
  authorId: number; authorName: string;
  sourceDealId: number | null; sourceDealName: string | null; sourceDealOwnerId: number | null;
  sourceSessionId: number | null; createdAt: string; useCount: number;
  rank: number | null; snippet: string | null;
};

const HEADLINE_OPTIONS = 'StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "';
const DOCUMENT = `i.title || '. ' || i.situation || ' ' || i.approach || ' ' || i.lesson`;

const COLUMNS = `
  i.id, i.title, i.segment, i.obstacle_category AS "obstacleCategory", i.situation, i.approach, i.lesson, i.result,
  i.author_id AS "authorId", au.name AS "authorName",
  i.source_opportunity_id AS "sourceDealId", o.name AS "sourceDealName", o.owner_id AS "sourceDealOwnerId",
  i.source_session_id AS "sourceSessionId", ${isoTimestamp('i.created_at')} AS "createdAt",
  (SELECT count(*)::int FROM innovation_uses u WHERE u.org_id = i.org_id AND u.innovation_id = i.id) AS "useCount"`;

const FROM = `
  FROM innovations i
  JOIN people au ON au.org_id = i.org_id AND au.id = i.author_id
  LEFT JOIN opportunities o ON o.org_id = i.org_id AND o.id = i.source_opportunity_id`;

export type LibraryFilter = { q?: string; segment?: string; obstacle?: ObstacleCategoryValue; page: number; pageSize: number };

/**
 * One page of the library. The page's ids are found first (filters, ts_rank, the total), and only
 * those rows get their extract (ts_headline is the costly part) and reuse count.
 */
export async function searchInnovations(db: Db, orgId: number, f: LibraryFilter): Promise<{ items: InnovationRow[]; total: number }> {
  const params: unknown[] = [orgId];
  const p = (value: unknown) => { params.push(value); return `$${params.length}`; };
  const searching = f.q !== undefined && f.q !== '';
  const query = searching ? `websearch_to_tsquery('english', ${p(f.q)})` : null;
  const where = ['i.org_id = $1'];
  if (query) where.push(`i.search @@ ${query}`);
  if (f.segment) where.push(`lower(i.segment) = lower(${p(f.segment)})`);
  if (f.obstacle) where.push(`i.obstacle_category = ${p(f.obstacle)}`);
  const rank = query ? `ts_rank(i.search, ${query})` : 'NULL::real';
  const order = (t: string) => (query ? `${t}rank DESC, ${t}created_at DESC, ${t}id DESC` : `${t}created_at DESC, ${t}id DESC`);
  const snippet = query ? `ts_headline('english', ${DOCUMENT}, ${query}, ${p(HEADLINE_OPTIONS)})` : 'NULL::text';
  const { rows } = await db.query<InnovationRow & { total: number }>(`
    WITH hits AS (
      SELECT i.id, i.created_at, ${rank} AS rank, count(*) OVER ()::int AS total
      FROM innovations i WHERE ${where.join(' AND ')}
      ORDER BY ${order('')} LIMIT ${p(f.pageSize)} OFFSET ${p((f.page - 1) * f.pageSize)})
    SELECT ${COLUMNS}, h.rank, ${snippet} AS snippet, h.total
    FROM hits h JOIN innovations i ON i.org_id = $1 AND i.id = h.id
    JOIN people au ON au.org_id = i.org_id AND au.id = i.author_id
    LEFT JOIN opportunities o ON o.org_id = i.org_id AND o.id = i.source_opportunity_id
    ORDER BY ${order('h.')}`, params);
  return { items: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

export async function innovationsByIds(db: Db, orgId: number, ids: readonly number[]): Promise<InnovationRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<InnovationRow>(`
    SELECT ${COLUMNS}, NULL::real AS rank, NULL::text AS snippet ${FROM} WHERE i.org_id = $1 AND i.id = ANY($2::int[])`, [orgId, ids]);
  return rows;
}

export async function librarySegments(db: Db, orgId: number): Promise<string[]> {
  const { rows } = await db.query<{ segment: string }>(
    'SELECT DISTINCT segment FROM innovations WHERE org_id = $1 AND segment IS NOT NULL ORDER BY segment', [orgId]);
  return rows.map((r) => r.segment);
}

export type SuggestionCandidateRow = {
  id: number; segment: string | null; obstacleCategory: ObstacleCategoryValue; textRank: number;
  useCount: number; createdAt: string; sourceDealId: number | null;
};

/**
 * Innovations sharing the segment or obstacle, or any word of `text` (words OR-ed: a deal's
 * description is not a query the way a search box is), each with its ts_rank against the text.
 */
export async function suggestionCandidates(
  db: Db, orgId: number, target: { segment: string | null; obstacle: ObstacleCategoryValue | null; text: string },
): Promise<SuggestionCandidateRow[]> {
  const { rows } = await db.query<SuggestionCandidateRow>(`
    WITH q AS (SELECT nullif(replace(plainto_tsquery('english', $4)::text, ' & ', ' | '), '')::tsquery AS query)
    SELECT i.id, i.segment, i.obstacle_category AS "obstacleCategory",
      coalesce(CASE WHEN q.query IS NOT NULL AND i.search @@ q.query THEN ts_rank(i.search, q.query) END, 0)::float8 AS "textRank",
      coalesce(u.n, 0) AS "useCount", ${isoTimestamp('i.created_at')} AS "createdAt", i.source_opportunity_id AS "sourceDealId"
    FROM innovations i CROSS JOIN q
    LEFT JOIN (SELECT innovation_id, count(*)::int AS n FROM innovation_uses WHERE org_id = $1 GROUP BY innovation_id) u ON u.innovation_id = i.id
    WHERE i.org_id = $1 AND (lower(i.segment) = lower($2) OR i.obstacle_category = $3 OR (q.query IS NOT NULL AND i.search @@ q.query))`,
  [orgId, target.segment, target.obstacle, target.text]);
  return rows;
}

/** Each innovation's text with the words of `text` marked (ts_headline over the whole text), for the suggestions' reasons. */
export async function markSharedWords(db: Db, orgId: number, ids: readonly number[], text: string): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<{ id: number; marked: string }>(`
    WITH q AS (SELECT nullif(replace(plainto_tsquery('english', $3)::text, ' & ', ' | '), '')::tsquery AS query)
    SELECT i.id, ts_headline('english', ${DOCUMENT}, q.query, $4) AS marked
    FROM innovations i CROSS JOIN q
    WHERE i.org_id = $1 AND i.id = ANY($2::int[]) AND q.query IS NOT NULL AND i.search @@ q.query`,
  [orgId, ids, text, 'StartSel=\u0002, StopSel=\u0003, HighlightAll=true']);
  return new Map(rows.map((r) => [r.id, r.marked]));
}
