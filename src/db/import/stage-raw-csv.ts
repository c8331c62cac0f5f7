// Stages a plain CSV file with the database doing the splitting and typing (ADR 013): each
// chunk of whole lines is ONE statement that splits it into records, applies the source's
// cell rules, inserts the records they vouch for into the staging table and keeps the
// others (with their line) as leftovers. The leftovers then go through the importer's own
// row mapper, so that their problems read exactly as on the parser path. Returns null,
// with nothing staged, when the file turns out not to be plain: the caller then streams it.
import type pg from 'pg';
import type { Located, RawCellRule, RawCsvSource } from '../../importers/import-plan.ts';
import type { ImportContext } from './import-context.ts';
import { stageRecords, type StagingColumn } from './staging-table.ts';

// Text the parser path would store unchanged: no space to trim at either end, and a first
// character that is neither a formula trigger nor our exporter's escaping quote.
const PLAIN_TEXT = '^[A-Za-z0-9](.*[!-~])?$';
const ISO_DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2})?)?$';
const LEFTOVER_PAGE = 5_000;

export async function stageRawCsv<T>(
  ctx: ImportContext, table: string, columns: StagingColumn<T>[], source: RawCsvSource<T>,
  onProgress?: (rows: number) => void,
): Promise<number | null> {
  const { client } = ctx;
  const leftovers = `${table}_leftovers`;
  await client.query(`CREATE TEMP TABLE ${leftovers} (line int NOT NULL, cells text[] NOT NULL) ON COMMIT DROP`);
  const sql = await chunkStatement(client, table, leftovers, columns, source);
  const delimiter = await source.delimiter();
  let staged = 0;
  for await (const chunk of source.chunks()) {
    if (chunk.kind === 'unsuitable') {
      await client.query(`TRUNCATE ${table}, ${leftovers}`);
      return null;
    }
    const { rows } = await client.query<{ good: number }>(sql, [chunk.text, chunk.firstLine, delimiter, source.file]);
    staged += rows[0]!.good;
    onProgress?.(staged);
  }
  staged += await stageLeftovers(ctx, table, leftovers, columns, source);
  onProgress?.(staged);
  return staged;
}

async function chunkStatement<T>(
  client: pg.PoolClient, table: string, leftovers: string, columns: StagingColumn<T>[], source: RawCsvSource<T>,
): Promise<string> {
  const joins: string[] = [];
  const values: string[] = [];
  const checks: string[] = [`cardinality(r.c) = ${Number(source.width)}`];
  for (const column of columns) {
    const rule = source.cells[column.name];
    if (!rule) throw new Error(`raw source of ${table} has no rule for ${column.name}`);
    const cell = `r.c[${Number(rule.index) + 1}]`;
    const read = await readCell(client, `${table}_${column.name}`, cell, rule);
    if (read.join) joins.push(read.join);
    values.push(`${read.value} AS ${column.name}`);
    checks.push(read.ok);
  }
  const names = columns.map((c) => c.name).join(', ');
  return `WITH r AS (
      SELECT ($2::int + n::int - 1) AS line, string_to_array(l, $3::text) AS c
      FROM string_to_table($1::text, E'\\n') WITH ORDINALITY AS t(l, n) WHERE l <> ''),
    v AS (
      SELECT r.line, r.c, ${values.join(', ')}, coalesce(${checks.join(' AND ')}, false) AS ok
      FROM r ${joins.join(' ')}),
    good AS (INSERT INTO ${table} (line, file, ${names}) SELECT line, $4::text, ${names} FROM v WHERE ok RETURNING 1),
    bad AS (INSERT INTO ${leftovers} (line, cells) SELECT line, c FROM v WHERE NOT ok RETURNING 1)
    SELECT (SELECT count(*) FROM good)::int AS good, (SELECT count(*) FROM bad)::int AS bad`;
}

type CellRead = { value: string; ok: string; join?: string };

async function readCell(client: pg.PoolClient, name: string, cell: string, rule: RawCellRule): Promise<CellRead> {
  switch (rule.kind) {
    case 'text':
      return { value: cell, ok: `(${cell} ~ '${PLAIN_TEXT}')` };
    case 'stage': {
      const words = `${name}_words`;
      await client.query(`CREATE TEMP TABLE ${words} (word text PRIMARY KEY, stage_key text NOT NULL) ON COMMIT DROP`);
      await client.query(`INSERT INTO ${words} SELECT * FROM unnest($1::text[], $2::text[])`,
        [rule.words.map((w) => w[0]), rule.words.map((w) => w[1])]);
      return { value: `${words}.stage_key`, ok: `(${words}.stage_key IS NOT NULL)`, join: `LEFT JOIN ${words} ON ${words}.word = ${cell}` };
    }
    case 'timestamp': {
      const ok = `(CASE WHEN ${cell} ~ '${ISO_DATE_TIME}' THEN ${calendarCheck(cell)} ELSE false END)`;
      return { value: `CASE WHEN ${ok} THEN ${cell}::timestamp END`, ok };
    }
  }
}

// The parser path's date rules (parse-date.ts): years 1900-2199, real calendar days, 24-hour
// times. Only evaluated on cells that match ISO_DATE_TIME, so the casts cannot fail.
function calendarCheck(cell: string): string {
  const part = (from: number, length: number) => `substr(${cell}, ${from}, ${length})::int`;
  const year = part(1, 4);
  const month = part(6, 2);
  const lastDay = `CASE ${month} WHEN 2 THEN CASE WHEN (${year} % 4 = 0 AND ${year} % 100 <> 0) OR ${year} % 400 = 0
    THEN 29 ELSE 28 END WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END`;
  return `(${year} BETWEEN 1900 AND 2199 AND ${month} BETWEEN 1 AND 12 AND ${part(9, 2)} BETWEEN 1 AND ${lastDay}
    AND (length(${cell}) = 10 OR (${part(12, 2)} <= 23 AND ${part(15, 2)} <= 59
         AND (length(${cell}) = 16 OR ${part(18, 2)} <= 59))))`;
}

/** The records the rules left over, through the importer's mapper, in line order. */
async function stageLeftovers<T>(
  ctx: ImportContext, table: string, leftovers: string, columns: StagingColumn<T>[], source: RawCsvSource<T>,
): Promise<number> {
  const { client } = ctx;
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${leftovers}`);
  const mapper = source.leftovers();
  if (rows[0]!.n === 0) {
    mapper.finish();
    return 0;
  }
  await client.query(`CREATE INDEX ON ${leftovers} (line)`);
  async function* mapped(): AsyncGenerator<Located<T>> {
    let after = 0;
    for (;;) {
      const page = await client.query<{ line: number; cells: string[] }>(
        `SELECT line, cells FROM ${leftovers} WHERE line > $1 ORDER BY line LIMIT ${LEFTOVER_PAGE}`, [after]);
      for (const { line, cells } of page.rows) {
        const record = mapper.map(line, cells);
        if (record !== null) yield { record, file: source.file, line };
      }
      if (page.rows.length < LEFTOVER_PAGE) break;
      after = page.rows[page.rows.length - 1]!.line;
    }
    mapper.finish();
  }
  return stageRecords(client, table, columns, mapped());
}
