// `coachboard stalled [--manager M] [--as-of D] [--json]`: the open deals that show stall
// signals, each signal in words (SPEC §4.6, docs/stalls.md, docs/cli.md).
import type { Command } from 'commander';
import { ensureOrg } from '../db/queries/orgs.ts';
import { idsInScope } from '../db/queries/find-person.ts';
import { resolvePerson } from '../use-cases/analytics/resolve-person.ts';
import { findStalledDeals } from '../use-cases/stalls/find-stalled-deals.ts';
import { stalledDocument, type StalledDocument } from '../use-cases/stalls/stalled-document.ts';
import { dayNumberOf } from '../core/analytics/iso-day.ts';
import { money, todayUtc } from './analysis-options.ts';
import { withDatabase } from './open-for-cli.ts';
import { CliError, formatTable, printJson } from './print.ts';
import { toCliError } from './reps-command.ts';

type StalledFlags = { manager?: string; asOf?: string; json?: boolean; db?: string };

export function registerStalled(program: Command): void {
  program.command('stalled')
    .description('open deals that show stall signals as of a date, each signal in words')
    .option('--manager <id-or-name>', "only this manager's team (their whole subtree)")
    .option('--as-of <date>', 'judge as of this date (YYYY-MM-DD); default: today, or the last date in the data when it is all over a year old')
    .option('--json', 'print one JSON document')
    .option('--db <url-or-folder>', 'database: postgres:// URL or embedded folder')
    .action(async (flags: StalledFlags) => {
      const asOf = asOfFlag(flags.asOf);
      const result = await withDatabase(flags.db, 'stalled', async (database) => {
        const orgId = await ensureOrg(database.pool);
        let ownerIds: number[] | null = null;
        let scope = 'the whole organisation';
        if (flags.manager !== undefined) {
          const manager = await resolvePerson(database, orgId, flags.manager, 'manager').catch(toCliError);
          ownerIds = await idsInScope(database.pool, orgId, { kind: 'subtree', rootPersonId: manager.id });
          scope = `${manager.name}'s team`;
        }
        const report = await findStalledDeals(database, orgId, todayUtc(), { asOf, ownerIds });
        return { report, scope };
      });
      const document = stalledDocument(result.report);
      if (flags.json) printJson(document);
      else console.log(formatStalled(document, result.scope, result.report.openDeals, result.report.snoozed.length));
    });
}

function asOfFlag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    dayNumberOf(value);
    return value;
  } catch {
    throw new CliError(`--as-of: expected a date YYYY-MM-DD, got ${JSON.stringify(value)}`, 2);
  }
}

function formatStalled(document: StalledDocument, scope: string, openDeals: number, snoozed: number): string {
  const lines = [
    `Stalled deals in ${scope} as of ${document.asOf}: ${document.deals.length.toLocaleString('en-US')} of ${openDeals.toLocaleString('en-US')} open deals` +
      (snoozed > 0 ? ` (${snoozed} more snoozed)` : ''),
    '',
  ];
  if (document.deals.length > 0) {
    const table = formatTable(
      ['deal', 'owner', 'stage', 'amount'],
      document.deals.map((d) => [d.name, d.owner, d.stage, money(d.amount)]),
    ).split('\n');
    lines.push(table[0]!, table[1]!);
    document.deals.forEach((deal, i) => {
      lines.push(table[i + 2]!);
      for (const signal of deal.signals) lines.push(`    - ${signal.text}`);
    });
    lines.push('');
  }
  if (document.notEvaluated.length > 0) {
    lines.push('Not evaluated:');
    for (const n of document.notEvaluated) lines.push(`  ${n.code}: ${n.reason}`);
  }
  return lines.join('\n').trimEnd();
}
