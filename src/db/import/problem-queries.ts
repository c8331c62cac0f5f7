// Set-based checks over a staging table that turn offending rows into located problems.
import type pg from 'pg';
import type { ImportProblem } from '../../contract/api.ts';

/** Rows reported per check; the total is summarised in one more problem. */
export const PROBLEM_ROWS_LIMIT = 200;

type Row = { line: number; file: string; value: string | null; total: number };

/**
 * Runs `SELECT line, file, <value> AS value FROM ... WHERE <offending>` (given as `from`)
 * and reports each row with `message(value)`, at most PROBLEM_ROWS_LIMIT of them.
 */
export async function reportRows(
  client: pg.PoolClient,
  query: { select: string; params: unknown[] },
  column: string,
  message: (value: string | null) => string,
  report: (problem: ImportProblem) => void,
): Promise<number> {
  const { rows } = await client.query<Row>(
    `SELECT line, file, value, count(*) OVER () AS total FROM (${query.select}) offending
     ORDER BY file, line LIMIT ${PROBLEM_ROWS_LIMIT}`,
    query.params,
  );
  for (const row of rows) {
    report({ file: row.file, line: row.line, column, value: row.value, message: message(row.value) });
  }
  const total = rows[0]?.total ?? 0;
  if (total > rows.length) {
    const first = rows[0]!;
    report({
      file: first.file, line: null, column, value: null,
      message: `… and ${total - rows.length} more rows with the same problem (${total} in all).`,
    });
  }
  return total;
}

/** Reports rows whose key appears more than once in the staging table. */
export async function reportDuplicates(
  client: pg.PoolClient, table: string, keyExpr: string, column: string,
  report: (problem: ImportProblem) => void,
): Promise<number> {
  return reportRows(client, {
    select: `SELECT line, file, key AS value FROM (
               SELECT line, file, ${keyExpr} AS key,
                      min(line) OVER (PARTITION BY ${keyExpr}) AS first_line,
                      count(*) OVER (PARTITION BY ${keyExpr}) AS n
               FROM ${table}) d
             WHERE n > 1 AND line > first_line`,
    params: [],
  }, column, (value) => `duplicate id ${JSON.stringify(value)}: it appears earlier in the file; each id must be unique`, report);
}
