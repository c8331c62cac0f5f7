// `coachboard check-specify "<text>"`: the coaching-quality check of a session's Specify step.
import type { Command } from 'commander';
import { checkSpecifyText } from '../use-cases/check-specify-text.ts';
import { CliError, printJson } from './print.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerCheckSpecify(program: Command): void {
  program.command('check-specify')
    .description('check a Specify text: warns on outcome language, generic advice, no behaviour of the guide, no dated commitment')
    .argument('<text>')
    .option('--behaviour <key>', 'the guide behaviour the Specify step is tied to')
    .option('--commitment <text>', 'a commitment agreed in the session (repeatable; pair each with --due)', collect, [])
    .option('--due <date>', 'due date of the commitment at the same position (YYYY-MM-DD)', collect, [])
    .option('--json', 'print { "warnings": [ { "code", "message" } ] }')
    .action((text: string, opts: { behaviour?: string; commitment: string[]; due: string[]; json?: boolean }) => {
      if (opts.due.length > opts.commitment.length) throw new CliError('--due: each --due needs a --commitment before it', 2);
      const commitments = opts.commitment.map((c, i) => ({ text: c, dueAt: opts.due[i] ?? null }));
      const result = checkSpecifyText({ text, behaviourKey: opts.behaviour ?? null, commitments });
      if (opts.json) printJson(result);
      else if (result.warnings.length === 0) console.log('No warnings: specific, about a behaviour, with a dated commitment.');
      else for (const w of result.warnings) console.log(`${w.code}: ${w.message}`);
    });
}
