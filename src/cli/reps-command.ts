// `coachboard reps [--manager M]`: every rep's KPIs, segment and quadrant (SPEC §3.1).
import type { Command } from 'commander';
import { ensureOrg } from '../db/queries/orgs.ts';
import { listReps, repsDocument } from '../use-cases/analytics/list-reps.ts';
import { PersonNotFoundError, resolvePerson } from '../use-cases/analytics/resolve-person.ts';
import { addReportOptions, analysisOptions, money, pct, todayUtc, type ReportFlags } from './analysis-options.ts';
import { withDatabase } from './open-for-cli.ts';
import { CliError, formatTable, printJson } from './print.ts';

export function registerReps(program: Command): void {
  addReportOptions(program.command('reps')
    .description("every rep's KPIs, segment and process-vs-outcome quadrant over the analysis window")
    .option('--manager <id-or-name>', "only this manager's team (their whole subtree)"))
    .action(async (flags: ReportFlags & { manager?: string }) => {
      const options = analysisOptions(flags);
      const document = await withDatabase(flags.db, 'reps', async (database) => {
        const orgId = await ensureOrg(database.pool);
        let scope: Parameters<typeof listReps>[3]['scope'] = { kind: 'org' };
        if (flags.manager !== undefined) {
          const manager = await resolvePerson(database, orgId, flags.manager, 'manager').catch(toCliError);
          scope = { kind: 'subtree', rootPersonId: manager.id };
        }
        return repsDocument(await listReps(database, orgId, todayUtc(), { ...options, scope }));
      });
      if (flags.json) {
        printJson(document);
        return;
      }
      console.log(`Reps as of ${document.asOf}, ${document.windowDays}-day window\n`);
      console.log(formatTable(
        ['rep', 'manager', 'segment', 'quadrant', 'won', 'lost', 'win rate', 'won value', 'avg deal', 'cycle d', 'open', 'attainment'],
        document.reps.map((r) => [
          r.name, r.managerName, r.segment, r.quadrant, r.kpis.wonCount, r.kpis.lostCount, pct(r.kpis.winRate),
          money(r.kpis.wonValue), money(r.kpis.avgDealSize), r.kpis.cycleDaysMedian, r.kpis.openCount,
          r.kpis.attainment === null ? null : `${pct(r.kpis.attainment)}${r.kpis.attainmentBasis === 'peer_median' ? ' of median' : ''}`,
        ]),
      ));
    });
}

export function toCliError(error: unknown): never {
  if (error instanceof PersonNotFoundError) throw new CliError(error.message, 2);
  throw error;
}
