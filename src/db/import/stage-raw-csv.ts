// Stages a plain CSV file with the database doing the splitting and typing (ADR 013): each
// chunk of whole lines is ONE statement that splits it into records, applies the source's
// cell rules, inserts the records they vouch for into the staging table and keeps the
// others (with their line) as leftovers. The leftovers then go through the importer's own
// row mapper, so that their problems read exactly as on the parser path. Returns null,
// with nothing staged, when the file turns out not to be plain: the caller then streams it.
import type pg from 'pg';
import type { Located, RawCellRule, RawCsvSource, RawRowCheck } from '../../importers/import-plan.ts';
import type { ImportContext } from './import-context.ts';
import { stageRecords, type StagingColumn } from './staging-table.ts';

// The characters JavaScript's trim() removes (less the line breaks, which cannot occur).
const EDGE_SPACE = ' \t\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
// A line with a cell the parser lane would trim, warn about as a formula, or un-escape
// (our exporter's leading quote) is left over whole: ONE regular expression per line
// (measured 5x cheaper than one per text cell). A leading '-' also sends negative amounts
// to the parser lane.
const suspectLine = (delimiter: string) =>
  `(^|${delimiter})[=+@'${EDGE_SPACE}-]|[${EDGE_SPACE}](${delimiter}|$)`;
// ISO dates the parser lane accepts, years 1900-2199, months 01-12, days 01-31, 24-hour
// times with two-digit hours; calendarCheck then refuses days past the month's end.
const ISO_DAY = '(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])';
const ISO_DATE_TIME = `^${ISO_DAY}( ([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?)?$`;
const ISO_DATE = `^${ISO_DAY}$`;
// Amounts a double holds exactly as written (the parser lane stores Number(cell)).
const PLAIN_AMOUNT = '^[0-9]{1,12}([.][0-9]{1,2})?$';
const LEFTOVER_PAGE = 5_000;

export async function stageRawCsv<T>(
  ctx: ImportContext, table: string, columns: StagingColumn<T>[], source: RawCsvSource<T>,
  onProgress?: (rows: number) => void,
): Promise<number | null> {
  const { client } = ctx;
  const leftovers = `${table}_leftovers`;
  // Leftovers land in the staging table too (typed columns null, the cells kept) and are
  // moved out after the last chunk: one INSERT per chunk, no intermediate result to spill.
  await client.query(`ALTER TABLE ${table} ADD COLUMN leftover text[]`);
  const sql = await chunkStatement(client, table, columns, source);
  const delimiter = await source.delimiter();
  let staged = 0;
  let left = 0;
  for await (const chunk of source.chunks()) {
    if (chunk.kind === 'unsuitable') {
      await client.query(`TRUNCATE ${table}`);
      await client.query(`ALTER TABLE ${table} DROP COLUMN leftover`);
      return null;
    }
    const { rows } = await client.query<{ good: number; bad: number }>(
      sql, [chunk.text, chunk.firstLine, delimiter, source.file, suspectLine(delimiter)]);
    staged += rows[0]!.good;
    left += rows[0]!.bad;
    onProgress?.(staged);
  }
  await client.query(`CREATE TEMP TABLE ${leftovers} ON COMMIT DROP AS
    SELECT line, leftover AS cells FROM ${table} WHERE ${left > 0 ? 'leftover IS NOT NULL' : 'false'}`);
  if (left > 0) await client.query(`DELETE FROM ${table} WHERE leftover IS NOT NULL`);
  await client.query(`ALTER TABLE ${table} DROP COLUMN leftover`);
  staged += await stageLeftovers(ctx, table, leftovers, columns, source);
  onProgress?.(staged);
  return staged;
}

async function chunkStatement<T>(
  client: pg.PoolClient, table: string, columns: StagingColumn<T>[], source: RawCsvSource<T>,
): Promise<string> {
  const joins = new Map<string, string>();
  const values: string[] = [];
  const casts: string[] = [];
  const checks: string[] = [`cardinality(r.c) = ${Number(source.width)}`, 'NOT r.suspect'];
  for (const column of columns) {
    const rule = source.cells[column.name];
    if (!rule) throw new Error(`raw source of ${table} has no rule for ${column.name}`);
    const read = await readCell(client, table, rule, joins);
    values.push(`${read.value} AS ${column.name}`);
    casts.push(read.cast ? `CASE WHEN ok THEN ${column.name}::${read.cast} END` : column.name);
    if (read.ok) checks.push(read.ok);
  }
  const rowChecks = (source.rowChecks ?? []).map(checkRow);
  const names = columns.map((c) => c.name).join(', ');
  // r is materialised so that each line is split once, not once per cell read. Typed values
  // stay text (ISO dates compare as text) until the cast for the rows found ok.
  return `WITH r AS MATERIALIZED (
      SELECT ($2::int + n::int - 1) AS line, string_to_array(l, $3::text) AS c, l ~ $5::text AS suspect
      FROM string_to_table($1::text, E'\\n') WITH ORDINALITY AS t(l, n) WHERE l <> ''),
    typed AS (
      SELECT r.line, r.c, ${values.join(', ')}, coalesce(${checks.join(' AND ')}, false) AS cells_ok
      FROM r ${[...joins.values()].join(' ')}),
    v AS MATERIALIZED (SELECT *, cells_ok AND coalesce(${['true', ...rowChecks].join(' AND ')}, false) AS ok FROM typed),
    staged AS (INSERT INTO ${table} (line, file, ${names}, leftover)
      SELECT line, $4::text, ${casts.join(', ')}, CASE WHEN NOT ok THEN c END FROM v RETURNING leftover IS NULL AS good)
    SELECT count(*) FILTER (WHERE good)::int AS good, count(*) FILTER (WHERE NOT good)::int AS bad FROM staged`;
}

type CellRead = { value: string; ok: string | null; cast?: 'timestamp' | 'date' | 'numeric' };
const CASTS: Partial<Record<RawCellRule['kind'], CellRead['cast']>> = { timestamp: 'timestamp', date: 'date', amount: 'numeric' };

async function readCell(
  client: pg.PoolClient, table: string, rule: RawCellRule, joins: Map<string, string>,
): Promise<CellRead> {
  if (rule.index === null) {
    // An optional column the file lacks still falls back to its other cell (a deal's name to its id).
    if (rule.kind === 'optionalText' && rule.orIndex !== undefined) return { value: `r.c[${Number(rule.orIndex) + 1}]`, ok: null };
    return { value: 'NULL::text', ok: null, cast: CASTS[rule.kind] };
  }
  const cell = `r.c[${Number(rule.index) + 1}]`;
  switch (rule.kind) {
    case 'text':
      return { value: cell, ok: `(${cell} <> '')` };
    case 'optionalText': {
      const fallback = rule.orIndex === undefined ? 'NULL' : `r.c[${Number(rule.orIndex) + 1}]`;
      return { value: `coalesce(nullif(${cell}, ''), ${fallback})`, ok: null };
    }
    case 'stage':
    case 'outcome': {
      const words = `${table}_words_${Number(rule.index)}`;
      if (!joins.has(words)) {
        await client.query(`CREATE TEMP TABLE ${words} (word text PRIMARY KEY, stage_key text NOT NULL, outcome text NOT NULL) ON COMMIT DROP`);
        await client.query(`INSERT INTO ${words} SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
          [0, 1, 2].map((i) => rule.words.map((w) => w[i])));
        joins.set(words, `LEFT JOIN ${words} ON ${words}.word = ${cell}`);
      }
      return { value: `${words}.${rule.kind === 'stage' ? 'stage_key' : 'outcome'}`, ok: `(${words}.stage_key IS NOT NULL)` };
    }
    case 'timestamp':
      return { value: cell, ok: `(CASE WHEN ${cell} ~ '${ISO_DATE_TIME}' THEN ${calendarCheck(cell)} ELSE false END)`, cast: 'timestamp' };
    case 'date': {
      const valid = `(CASE WHEN ${cell} ~ '${ISO_DATE}' THEN ${calendarCheck(cell)} ELSE false END)`;
      return { value: `nullif(${cell}, '')`, ok: `(${cell} = '' OR ${valid})`, cast: 'date' };
    }
    case 'amount':
      return { value: `nullif(${cell}, '')`, ok: `(${cell} = '' OR ${cell} ~ '${PLAIN_AMOUNT}')`, cast: 'numeric' };
  }
}

function checkRow(check: RawRowCheck): string {
  const column = quoteColumn(check.column);
  if (check.kind === 'notBefore') {
    return `(${column} IS NULL OR (${check.earlier.map((e) => `(${quoteColumn(e)} IS NULL OR ${column} >= ${quoteColumn(e)})`).join(' AND ')}))`;
  }
  const when = check.when.equals !== undefined
    ? `${quoteColumn(check.when.column)} = ${quoteLiteral(check.when.equals)}`
    : `${quoteColumn(check.when.column)} <> ${quoteLiteral(check.when.differs ?? '')}`;
  return `NOT (${when} AND ${column} IS ${check.kind === 'nullWhen' ? 'NOT NULL' : 'NULL'})`;
}

const quoteColumn = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

// Days 29-31 exist in some months only (parse-date.ts's calendar rule). Only evaluated on
// cells that match ISO_DAY, so the casts cannot fail.
function calendarCheck(cell: string): string {
  const year = `substr(${cell}, 1, 4)::int`;
  const lastDay = `CASE substr(${cell}, 6, 2) WHEN '02' THEN CASE WHEN (${year} % 4 = 0 AND ${year} % 100 <> 0)
    OR ${year} % 400 = 0 THEN '29' ELSE '28' END WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30'
    WHEN '11' THEN '30' ELSE '31' END`;
  return `(substr(${cell}, 9, 2) <= '28' OR substr(${cell}, 9, 2) <= ${lastDay})`;
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
