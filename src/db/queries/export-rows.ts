// Reads every entity of an org in the generic import layout (references as external ids),
// in keyset-paginated batches so that exports of millions of rows stay in bounded memory.
import type pg from 'pg';
import { CONVERSION_TARGET_PREFIX } from './coaching-guide.ts';

export type ExportEntity = {
  name: string;
  file: string;
  columns: string[];
  /** The table whose id is the cursor (rows are read in ranges of its ids). */
  cursorTable: string;
  /** SELECT of the columns plus a "cursor" column, for rows with $2 < cursor <= $3. */
  select: string;
};

const d = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const ts = (column: string) => `to_char(${column}, 'YYYY-MM-DD HH24:MI:SS')`;

export const EXPORT_ENTITIES: ExportEntity[] = [
  {
    name: 'stages', cursorTable: 'stages', file: 'stages', columns: ['key', 'name', 'position', 'kind', 'expectedDays'],
    select: `SELECT key, name, position, kind, expected_days AS "expectedDays", id AS cursor FROM stages WHERE org_id = $1 AND id > $2 AND id <= $3`,
  },
  {
    name: 'people', cursorTable: 'people', file: 'people', columns: ['externalId', 'name', 'role', 'manager', 'email', 'title', 'team', 'region', 'hiredAt', 'active'],
    select: `SELECT p.external_id AS "externalId", p.name, p.role, m.external_id AS manager, p.email, p.title, p.team, p.region,
               ${d('p.hired_at')} AS "hiredAt", CASE WHEN p.active THEN 'true' ELSE 'false' END AS active, p.id AS cursor
             FROM people p LEFT JOIN people m ON m.org_id = p.org_id AND m.id = p.manager_id WHERE p.org_id = $1 AND p.id > $2 AND p.id <= $3`,
  },
  {
    name: 'accounts', cursorTable: 'accounts', file: 'accounts', columns: ['externalId', 'name', 'segment', 'industry', 'employees', 'sizeBand', 'region'],
    select: `SELECT external_id AS "externalId", name, segment, industry, employees, size_band AS "sizeBand", region, id AS cursor
             FROM accounts WHERE org_id = $1 AND id > $2 AND id <= $3`,
  },
  {
    name: 'products', cursorTable: 'products', file: 'products', columns: ['externalId', 'name', 'series', 'listPrice'],
    select: `SELECT external_id AS "externalId", name, series, list_price AS "listPrice", id AS cursor FROM products WHERE org_id = $1 AND id > $2 AND id <= $3`,
  },
  {
    name: 'opportunities', cursorTable: 'opportunities', file: 'opportunities',
    columns: ['externalId', 'name', 'owner', 'account', 'segment', 'product', 'stage', 'amount', 'currency', 'createdAt', 'engagedAt', 'expectedCloseAt', 'closedAt', 'lossReason'],
    select: `SELECT o.external_id AS "externalId", o.name, p.external_id AS owner, a.external_id AS account, o.segment,
               pr.external_id AS product, st.key AS stage, o.amount, o.currency, ${d('o.created_at')} AS "createdAt",
               ${d('o.engaged_at')} AS "engagedAt", ${d('o.expected_close_at')} AS "expectedCloseAt", ${d('o.closed_at')} AS "closedAt",
               o.loss_reason AS "lossReason", o.id AS cursor
             FROM opportunities o
             JOIN people p ON p.org_id = o.org_id AND p.id = o.owner_id
             JOIN stages st ON st.org_id = o.org_id AND st.id = o.stage_id
             LEFT JOIN accounts a ON a.org_id = o.org_id AND a.id = o.account_id
             LEFT JOIN products pr ON pr.org_id = o.org_id AND pr.id = o.product_id
             WHERE o.org_id = $1 AND o.id > $2 AND o.id <= $3`,
  },
  {
    name: 'stageHistory', cursorTable: 'opportunities', file: 'stage-history', columns: ['opportunity', 'stage', 'enteredAt'],
    select: `SELECT o.external_id AS opportunity, st.key AS stage, ${ts('h.entered_at')} AS "enteredAt", o.id AS cursor
             FROM opportunities o JOIN stage_history h ON h.org_id = o.org_id AND h.opportunity_id = o.id
             JOIN stages st ON st.org_id = h.org_id AND st.id = h.stage_id WHERE o.org_id = $1 AND o.id > $2 AND o.id <= $3`,
  },
  {
    name: 'fieldHistory', cursorTable: 'opportunities', file: 'field-history', columns: ['opportunity', 'field', 'oldValue', 'newValue', 'changedAt'],
    select: `SELECT o.external_id AS opportunity, h.field, h.old_value AS "oldValue", h.new_value AS "newValue",
               ${ts('h.changed_at')} AS "changedAt", o.id AS cursor
             FROM opportunities o JOIN field_history h ON h.org_id = o.org_id AND h.opportunity_id = o.id WHERE o.org_id = $1 AND o.id > $2 AND o.id <= $3`,
  },
  {
    name: 'activities', cursorTable: 'activities', file: 'activities', columns: ['externalId', 'owner', 'opportunity', 'type', 'occurredAt', 'durationMin', 'connected'],
    select: `SELECT a.external_id AS "externalId", p.external_id AS owner, o.external_id AS opportunity, a.type,
               ${ts('a.occurred_at')} AS "occurredAt", a.duration_min AS "durationMin",
               CASE a.connected WHEN 'yes' THEN 'true' WHEN 'no' THEN 'false' END AS connected, a.id AS cursor
             FROM activities a JOIN people p ON p.org_id = a.org_id AND p.id = a.person_id
             LEFT JOIN opportunities o ON o.org_id = a.org_id AND o.id = a.opportunity_id WHERE a.org_id = $1 AND a.id > $2 AND a.id <= $3`,
  },
  {
    name: 'quotas', cursorTable: 'people', file: 'quotas', columns: ['owner', 'periodStart', 'periodEnd', 'amount'],
    select: `SELECT p.external_id AS owner, ${d('q.period_start')} AS "periodStart", ${d('q.period_end')} AS "periodEnd", q.amount, p.id AS cursor
             FROM people p JOIN quotas q ON q.org_id = p.org_id AND q.person_id = p.id WHERE p.org_id = $1 AND p.id > $2 AND p.id <= $3`,
  },
  {
    name: 'stakeholders', cursorTable: 'opportunities', file: 'stakeholders', columns: ['opportunity', 'name', 'role', 'influence', 'stance', 'engagedAt'],
    select: `SELECT o.external_id AS opportunity, s.name, s.role, s.influence, s.stance, ${d('s.engaged_at')} AS "engagedAt", o.id AS cursor
             FROM opportunities o JOIN stakeholders s ON s.org_id = o.org_id AND s.opportunity_id = o.id WHERE o.org_id = $1 AND o.id > $2 AND o.id <= $3`,
  },
  // The org's coaching guide (SPEC §4.7), so that an import of the export reproduces the admin's
  // edits (src/use-cases/coaching/restore-exported-guide.ts); behaviours and questions name
  // their stage and behaviour by key.
  {
    name: 'behaviours', cursorTable: 'behaviours', file: 'behaviours', columns: ['stage', 'key', 'name', 'description', 'position'],
    select: `SELECT st.key AS stage, b.key, b.name, b.description, b.position, b.id AS cursor
             FROM behaviours b JOIN stages st ON st.org_id = b.org_id AND st.id = b.stage_id WHERE b.org_id = $1 AND b.id > $2 AND b.id <= $3`,
  },
  {
    name: 'starterQuestions', cursorTable: 'starter_questions', file: 'starter-questions', columns: ['stage', 'behaviour', 'text', 'position'],
    select: `SELECT st.key AS stage, b.key AS behaviour, q.text, q.position, q.id AS cursor
             FROM starter_questions q JOIN stages st ON st.org_id = q.org_id AND st.id = q.stage_id
             LEFT JOIN behaviours b ON b.org_id = q.org_id AND b.id = q.behaviour_id WHERE q.org_id = $1 AND q.id > $2 AND q.id <= $3`,
  },
  {
    name: 'stageTargets', cursorTable: 'kpi_targets', file: 'stage-targets', columns: ['stage', 'conversionTarget'],
    select: `SELECT substr(t.kpi, length('${CONVERSION_TARGET_PREFIX}') + 1) AS stage, t.value AS "conversionTarget", t.id AS cursor
             FROM kpi_targets t WHERE t.org_id = $1 AND t.scope = 'org' AND starts_with(t.kpi, '${CONVERSION_TARGET_PREFIX}')
               AND t.id > $2 AND t.id <= $3`,
  },
];

/** Yields batches of rows, one range of cursor-table ids at a time (index range scans, no re-reading). */
export async function* readEntityRows(pool: pg.Pool, orgId: number, entity: ExportEntity, batch = 5_000): AsyncIterable<Record<string, unknown>[]> {
  let after = 0;
  for (;;) {
    const { rows: bound } = await pool.query<{ upto: number | null }>(
      `SELECT max(id) AS upto FROM (SELECT id FROM ${entity.cursorTable} WHERE org_id = $1 AND id > $2 ORDER BY id LIMIT ${batch}) ids`,
      [orgId, after],
    );
    const upto = bound[0]?.upto ?? null;
    if (upto === null) return;
    const { rows } = await pool.query<Record<string, unknown>>(`${entity.select} ORDER BY cursor`, [orgId, after, upto]);
    after = upto;
    if (rows.length > 0) yield rows.map(({ cursor: _c, ...row }) => row);
  }
}
