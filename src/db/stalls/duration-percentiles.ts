// What the p80s stall detection measures deals against are taken from (docs/stalls.md): the
// number of deals per key, segment and number of days, counted in one grouped pass (a hash
// aggregate of a few thousand groups, no sort of millions of values); the nearest-rank p80s
// come from these counts in the core (src/core/stalls/duration-benchmarks.ts).
//   - days in stage of the deals whose first stay in each stage ended by the as-of date, from
//     the stored entry and exit dates of deal_stage_facts (no walk over the stage history);
//   - won cycles, engage date to close date, of the deals won by the as-of date (key 0).
// Without segments in the org the segment (and its joins) are left out.
import type pg from 'pg';
import type { DurationCount } from '../../core/stalls/duration-benchmarks.ts';
import { inTransaction } from '../in-transaction.ts';

type Db = pg.Pool | pg.PoolClient;

/**
 * The planner guesses ~100,000 groups of (stage, segment, days) where there are a few hundred
 * and, within the default 4 MB work_mem, sorts every exited row on disk instead of hashing
 * them (PostgreSQL at 200,000 deals, 800,000 rows: 0.96 s sorting, 0.60 s hashing in 3 MB).
 * A larger work_mem for this one statement lets it hash; what it uses is the real groups'.
 */
const GROUPING_WORK_MEM = '32MB';

export async function stageDaysCounts(pool: pg.Pool, orgId: number, asOf: string, withSegments: boolean): Promise<DurationCount[]> {
  return inTransaction(pool, async (db) => {
    await db.query(`SET LOCAL work_mem = '${GROUPING_WORK_MEM}'`);
    return stageDaysGrouping(db, orgId, asOf, withSegments);
  });
}

async function stageDaysGrouping(db: Db, orgId: number, asOf: string, withSegments: boolean): Promise<DurationCount[]> {
  const { rows } = await db.query<DurationCount>(`
    SELECT f.stage_id AS key, ${withSegments ? 'coalesce(o.segment, a.segment)' : 'NULL::text'} AS segment,
      f.exited_on - f.entered_on AS days, count(*)::int AS deals
    FROM deal_stage_facts f
    ${withSegments ? `JOIN opportunities o ON o.org_id = f.org_id AND o.id = f.opportunity_id
      LEFT JOIN accounts a ON a.org_id = o.org_id AND a.id = o.account_id` : ''}
    WHERE f.org_id = $1 AND f.exited_on <= $2::date
    GROUP BY 1, 2, 3`, [orgId, asOf]);
  return rows;
}

export async function wonCycleCounts(db: Db, orgId: number, asOf: string, withSegments: boolean): Promise<DurationCount[]> {
  const { rows } = await db.query<DurationCount>(`
    SELECT 0 AS key, ${withSegments ? 'coalesce(o.segment, a.segment)' : 'NULL::text'} AS segment,
      o.closed_at - o.engaged_at AS days, count(*)::int AS deals
    FROM opportunities o ${withSegments ? 'LEFT JOIN accounts a ON a.org_id = o.org_id AND a.id = o.account_id' : ''}
    WHERE o.org_id = $1 AND o.outcome = 'won' AND o.closed_at <= $2::date AND o.engaged_at <= o.closed_at
    GROUP BY 1, 2, 3`, [orgId, asOf]);
  return rows;
}
