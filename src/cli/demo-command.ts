// `coachboard demo`: load the generated demo org.
import type { Command } from 'commander';
import { loadDemo } from '../use-cases/load-demo.ts';
import { printImportReport } from './import-command.ts';
import { withDatabase } from './open-for-cli.ts';
import { CliError, printJson } from './print.ts';

export function registerDemo(program: Command): void {
  program.command('demo')
    .description('load the demo organisation (generated, seeded: the same seed gives the same org)')
    .option('--seed <n>', 'random seed', '42')
    .option('--reps <n>', 'number of reps', '60')
    .option('--as-of <date>', 'the demo year ends on this date (default: today)')
    .option('--json', 'print the report as one JSON document')
    .option('--db <url-or-folder>', 'database: postgres:// URL or embedded folder')
    .action(async (opts: { seed: string; reps: string; asOf?: string; json?: boolean; db?: string }) => {
      const seed = Number(opts.seed);
      const reps = Number(opts.reps);
      if (!Number.isInteger(seed) || seed < 0) throw new CliError(`--seed: expected a whole number ≥ 0, got ${JSON.stringify(opts.seed)}`, 2);
      if (!Number.isInteger(reps) || reps < 6 || reps > 5000) throw new CliError(`--reps: expected a whole number from 6 to 5000, got ${JSON.stringify(opts.reps)}`, 2);
      const asOf = opts.asOf ?? new Date().toISOString().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new CliError(`--as-of: expected a date like 2026-11-20, got ${JSON.stringify(asOf)}`, 2);
      const result = await withDatabase(opts.db, 'demo', (database) => loadDemo(database, { seed, reps, asOf, actorUserId: null }));
      if (opts.json) {
        printJson(result);
      } else {
        printImportReport(result);
        if (result.demoPassword) {
          console.log(`\nDemo logins (password for all: ${result.demoPassword}):`);
          for (const login of result.logins.slice(0, 8)) console.log(`  ${login.role.padEnd(8)} ${login.email}  (${login.name})`);
          if (result.logins.length > 8) console.log(`  … and ${result.logins.length - 8} more reps`);
        }
      }
      if (result.errors.length > 0) process.exitCode = 1;
    });
}
