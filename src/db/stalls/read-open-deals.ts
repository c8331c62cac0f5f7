// The deals open as of a date, with what stall detection needs of each (docs/stalls.md):
// the stage the deal was in on that date and since when (its latest stage-history entry on
// or before the date), its start, last activity, close-date pushes and the close date as it
// stood then, and its engaged stakeholders. One statement over the open deals, read in pages
// (src/db/read-in-pages.ts) so the event loop gets turns while the rows arrive; each per-deal
// lookup is one range of an (org_id, opportunity_id, …) index, and lookups for data the org
// never imported are left out. Owner and stage names are joined in JavaScript from the
// org's people and stages (small tables), which keeps the plan the same with or without
// planner statistics (PGlite never gathers them by itself).
import type pg from 'pg';
import type { OpenDeal } from '../../core/stalls/open-deal.ts';
import { readInPages } from '../read-in-pages.ts';

export type OpenDealsQuery = {
  orgId: number;
  asOf: string;
  /** Only deals owned by these people (a manager's subtree); null for the whole org. */
  ownerIds: readonly number[] | null;
  /** What the org has (src/db/stalls/stall-data-presence.ts): absent data is not looked up. */
  withActivities: boolean;
  withCloseDateHistory: boolean;
  withStakeholders: boolean;
  withSegments: boolean;
  /** The org's open stages (a deal in any other stage on the as-of date has no stage). */
  openStages: readonly { stageId: number; key: string; name: string }[];
};

const COLUMNS = `org_id, id, external_id, name, owner_id, amount, currency, segment, account_id, stage_id,
  created_at, engaged_at, expected_close_at`;

type Row = Omit<OpenDeal, 'ownerName' | 'stageKey' | 'stageName' | 'stageId' | 'stageEnteredOn'> & {
  stageId: number; enteredOn: string | null;
};

/**
 * Reads the open deals; what it returns turns the rows into OpenDeals a step at a time (an
 * org's 200,000 at 1M deals), for src/use-cases/run-stepwise.ts.
 */
export async function readOpenDeals(db: pg.Pool, q: OpenDealsQuery): Promise<Generator<void, OpenDeal[], void>> {
  const next = `$2::date + 1`;
  const lastActivity = q.withActivities
    ? `(SELECT max(a.occurred_at)::date FROM activities a
        WHERE a.org_id = o.org_id AND a.opportunity_id = o.id AND a.occurred_at < ${next})::text`
    : 'NULL::text';
  const closeHistory = q.withCloseDateHistory
    ? `LEFT JOIN LATERAL (
        SELECT count(*) FILTER (WHERE fh.changed_at < ${next} AND fh.old_value IS NOT NULL AND fh.new_value > fh.old_value)::int AS pushes,
               (array_agg(fh.new_value ORDER BY fh.changed_at DESC) FILTER (WHERE fh.changed_at < ${next}))[1] AS value_then,
               (array_agg(fh.old_value ORDER BY fh.changed_at) FILTER (WHERE fh.changed_at >= ${next}))[1] AS value_before_next
        FROM field_history fh
        WHERE fh.org_id = o.org_id AND fh.opportunity_id = o.id AND fh.field = 'expectedCloseAt') fh ON true`
    : '';
  // The close date on the as-of date: set by the last change before it, else what the first
  // change after it replaced, else the deal's current close date.
  const expectedClose = q.withCloseDateHistory
    ? 'coalesce(fh.value_then, fh.value_before_next, o.expected_close_at::text)'
    : 'o.expected_close_at::text';
  const engaged = q.withStakeholders
    ? `(SELECT count(*)::int FROM stakeholders sk
        WHERE sk.org_id = o.org_id AND sk.opportunity_id = o.id AND sk.engaged_at <= $2::date)`
    : '0';
  const params: unknown[] = [q.orgId, q.asOf];
  if (q.ownerIds) params.push(q.ownerIds);
  const owners = q.ownerIds ? 'AND owner_id = ANY($3::int[])' : '';
  const [deals, people] = await Promise.all([
    // Open now (index on owner and outcome), or closed after the as-of date (index on close date,
    // nearly empty for a recent as-of date): two branches, so that each reads only its own deals.
    readInPages<Row>(db, `
      WITH closed_later AS MATERIALIZED (
        SELECT id FROM opportunities WHERE org_id = $1 AND closed_at > $2::date AND outcome <> 'open'
      )
      SELECT o.id, o.external_id AS "externalId", o.name, o.owner_id AS "ownerId", o.amount::float8 AS amount, o.currency,
        ${q.withSegments ? 'coalesce(o.segment, (SELECT a.segment FROM accounts a WHERE a.org_id = o.org_id AND a.id = o.account_id))' : 'o.segment'} AS segment,
        coalesce(h.stage_id, o.stage_id) AS "stageId", h.entered_at::date::text AS "enteredOn",
        s.started_on::text AS "startedOn", o.engaged_at::text AS "engagedOn",
        ${lastActivity} AS "lastActivityOn", ${q.withCloseDateHistory ? 'coalesce(fh.pushes, 0)' : '0'} AS "closePushes",
        ${expectedClose} AS "expectedCloseOn", ${engaged} AS "engagedStakeholders"
      FROM (
        SELECT ${COLUMNS} FROM opportunities WHERE org_id = $1 AND outcome = 'open' ${owners}
        UNION ALL
        SELECT ${COLUMNS} FROM opportunities WHERE org_id = $1 AND id IN (SELECT id FROM closed_later) ${owners}
      ) o
      LEFT JOIN LATERAL (
        SELECT sh.stage_id, sh.entered_at FROM stage_history sh
        WHERE sh.org_id = o.org_id AND sh.opportunity_id = o.id AND sh.entered_at < ${next}
        ORDER BY sh.entered_at DESC, sh.stage_id DESC LIMIT 1
      ) h ON true
      CROSS JOIN LATERAL (
        SELECT coalesce(o.created_at, o.engaged_at,
          (SELECT f.reached_on FROM deal_stage_facts f WHERE f.org_id = o.org_id AND f.opportunity_id = o.id AND f.stage_ord = 1)
        ) AS started_on
      ) s
      ${closeHistory}
      WHERE coalesce(s.started_on, $2::date) <= $2::date`, params),
    db.query<{ id: number; name: string }>(
      `SELECT id, name FROM people WHERE org_id = $1 ${q.ownerIds ? 'AND id = ANY($2::int[])' : ''}`,
      q.ownerIds ? [q.orgId, q.ownerIds] : [q.orgId]),
  ]);
  const ownerName = new Map(people.rows.map((p) => [p.id, p.name]));
  const openStage = new Map(q.openStages.map((s) => [s.stageId, s]));
  return toOpenDeals(deals, ownerName, openStage);
}

const STEP = 2_000;

function* toOpenDeals(
  rows: readonly Row[], ownerName: ReadonlyMap<number, string>, openStage: ReadonlyMap<number, OpenDealsQuery['openStages'][number]>,
): Generator<void, OpenDeal[], void> {
  const deals = new Array<OpenDeal>(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const d = rows[i]!;
    // A deal whose stage on the as-of date is not an open stage has no stage (and no days in it).
    const stage = openStage.get(d.stageId);
    // Explicit objects of one shape (no spreads): this runs for every open deal of the org.
    deals[i] = {
      id: d.id, externalId: d.externalId, name: d.name, ownerId: d.ownerId, ownerName: ownerName.get(d.ownerId) ?? '',
      amount: d.amount, currency: d.currency, segment: d.segment,
      stageId: stage ? d.stageId : null, stageKey: stage?.key ?? null, stageName: stage?.name ?? null,
      stageEnteredOn: stage ? d.enteredOn : null, startedOn: d.startedOn, engagedOn: d.engagedOn,
      lastActivityOn: d.lastActivityOn, closePushes: d.closePushes, expectedCloseOn: d.expectedCloseOn,
      engagedStakeholders: d.engagedStakeholders,
    };
    if ((i + 1) % STEP === 0) yield;
  }
  return deals;
}
