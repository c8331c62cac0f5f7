// `coachboard export <folder>`: everything, as CSV + JSON.
import type { Command } from 'commander';
import { exportOrg } from '../use-cases/export-org.ts';
import { withDatabase } from './open-for-cli.ts';
import { formatTable, printJson } from './print.ts';

export function registerExport(program: Command): void {
  program.command('export')
    .description('write every entity as CSV and JSON; `coachboard import <folder>` reads it back')
    .argument('<folder>')
    .option('--json', 'print the counts as one JSON document')
    .option('--db <url-or-folder>', 'database: postgres:// URL or embedded folder')
    .action(async (folder: string, opts: { json?: boolean; db?: string }) => {
      const result = await withDatabase(opts.db, 'export', (database) => exportOrg(database, folder, null));
      if (opts.json) printJson(result);
      else console.log(`${formatTable(['entity', 'rows'], Object.entries(result.counts))}\nExported to ${result.folder}`);
    });
}
