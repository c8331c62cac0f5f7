// `coachboard import <folder-or-file>`: atomic, idempotent CSV import with a report.
import type { Command } from 'commander';
import { Preset, type ImportReport, type ImportProblem } from '../contract/api.ts';
import { runImport } from '../use-cases/run-import.ts';
import { withDatabase } from './open-for-cli.ts';
import { CliError, formatTable, printJson } from './print.ts';
import { countCsvRows, createProgressLine } from './progress-line.ts';

const describe = (p: ImportProblem) =>
  `${p.file}${p.line === null ? '' : `:${p.line}`}${p.column ? ` [${p.column}]` : ''}${p.value === null ? '' : ` ${JSON.stringify(p.value)}`}: ${p.message}`;

export function printImportReport(report: ImportReport): void {
  const rows = Object.entries(report.counts).map(([entity, c]) => [entity, c.created, c.updated, c.unchanged]);
  console.log(formatTable(['entity', 'created', 'updated', 'unchanged'], rows));
  for (const w of report.warnings.slice(0, 50)) console.log(`warning: ${describe(w)}`);
  if (report.warnings.length > 50) console.log(`… ${report.warnings.length - 50} more warnings (use --json for all)`);
  for (const e of report.errors.slice(0, 50)) console.error(`error: ${describe(e)}`);
  if (report.errors.length > 50) console.error(`… ${report.errors.length - 50} more errors (use --json for all)`);
  if (report.errors.length > 0) console.error(`${report.errors.length} error${report.errors.length === 1 ? '' : 's'}: nothing was written.`);
  else if (report.dryRun) console.log('Dry run: nothing was written.');
  else console.log('Imported.');
}

export function registerImport(program: Command): void {
  program.command('import')
    .description('import CRM data from a folder of CSV files (or one CSV file); atomic and idempotent')
    .argument('<folder-or-file>')
    .option('--preset <preset>', 'generic | salesforce | hubspot | maven', 'generic')
    .option('--map <mapping.json>', 'mapping file for the generic preset')
    .option('--dry-run', 'check everything and report, write nothing')
    .option('--strict', 'treat warnings as errors')
    .option('--json', 'print the report as one JSON document')
    .option('--db <url-or-folder>', 'database: postgres:// URL or embedded folder')
    .action(async (input: string, opts: { preset: string; map?: string; dryRun?: boolean; strict?: boolean; json?: boolean; db?: string }) => {
      const preset = Preset.safeParse(opts.preset);
      if (!preset.success) throw new CliError(`--preset: expected one of generic, salesforce, hubspot, maven; got ${JSON.stringify(opts.preset)}`, 2);
      const progress = opts.json || !process.stderr.isTTY ? undefined : createProgressLine(await countCsvRows(input).catch(() => null));
      const report = await withDatabase(opts.db, 'import', (database) => runImport(database, input, {
        preset: preset.data, mapPath: opts.map, dryRun: opts.dryRun ?? false, strict: opts.strict ?? false,
        progress: progress?.update,
      }));
      progress?.done();
      if (opts.json) printJson(report);
      else printImportReport(report);
      if (report.errors.length > 0) process.exitCode = 1;
    });
}
