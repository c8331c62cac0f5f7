// `coachboard check-specify "<text>"`: the coaching-quality check of a session's Specify step,
// against the org's coaching guide when a database is given (--db or DATABASE_URL), else
// against the default guide.
import type { Command } from 'commander';
import { readEnvironment } from '../env.ts';
import { checkSpecifyText, checkSpecifyTextForOrg } from '../use-cases/check-specify-text.ts';
import { withDatabase } from './open-for-cli.ts';
import { CliError, printJson } from './print.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

type Flags = { behaviour?: string; commitment: string[]; due: string[]; json?: boolean; db?: string };

export function registerCheckSpecify(program: Command): void {
  program.command('check-specify')
    .description('check a Specify text: warns on outcome language, generic advice, no behaviour of the guide, no dated commitment')
    .argument('<text>')
    .option('--behaviour <key>', 'the guide behaviour the Specify step is tied to')
    .option('--commitment <text>', 'a commitment agreed in the session (repeatable; pair each with --due)', collect, [])
    .option('--due <date>', 'due date of the commitment at the same position (YYYY-MM-DD)', collect, [])
    .option('--db <url-or-folder>', "check against this database's coaching guide (default: DATABASE_URL if set, else the default guide)")
    .option('--json', 'print { "warnings": [ { "code", "message" } ] }')
    .action(async (text: string, opts: Flags) => {
      if (opts.due.length > opts.commitment.length) throw new CliError('--due: each --due needs a --commitment before it', 2);
      const commitments = opts.commitment.map((c, i) => ({ text: c, dueAt: opts.due[i] ?? null }));
      const input = { text, behaviourKey: opts.behaviour ?? null, commitments };
      const useDatabase = opts.db !== undefined || readEnvironment().DATABASE_URL !== undefined;
      const result = useDatabase
        ? await withDatabase(opts.db, 'check-specify', (database) => checkSpecifyTextForOrg(database, input))
        : { ...checkSpecifyText(input), guide: 'default' as const };
      if (opts.json) printJson({ warnings: result.warnings });
      else {
        if (result.guide === 'default' && useDatabase) console.error('coachboard: the org has no behaviours yet; checked against the default guide.');
        if (result.warnings.length === 0) console.log('No warnings: specific, about a behaviour, with a dated commitment.');
        else for (const w of result.warnings) console.log(`${w.code}: ${w.message}`);
      }
    });
}
