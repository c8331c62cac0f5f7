// `coachboard gaps <rep>`: the rep's skill gaps ranked by revenue impact, each a coaching
// focus (stage, behaviours with their latest ratings, starter questions). docs/cli.md.
import type { Command } from 'commander';
import { ensureOrg } from '../db/queries/orgs.ts';
import { RepNotFoundError, repDetail, type RepDetail } from '../use-cases/analytics/rep-detail.ts';
import { resolvePerson } from '../use-cases/analytics/resolve-person.ts';
import { addReportOptions, analysisOptions, money, pct, todayUtc, type ReportFlags } from './analysis-options.ts';
import { withDatabase } from './open-for-cli.ts';
import { CliError, formatTable, printJson } from './print.ts';
import { toCliError } from './reps-command.ts';

export function registerGaps(program: Command): void {
  addReportOptions(program.command('gaps')
    .description("a rep's skill gaps by stage, ranked by revenue impact, with what to coach")
    .argument('<rep>', 'the rep: id, external id or exact name'))
    .action(async (repRef: string, flags: ReportFlags) => {
      const options = analysisOptions(flags);
      const detail = await withDatabase(flags.db, 'gaps', async (database) => {
        const orgId = await ensureOrg(database.pool);
        const rep = await resolvePerson(database, orgId, repRef, 'rep').catch(toCliError);
        return repDetail(database, orgId, todayUtc(), rep.id, options).catch((error: unknown) => {
          if (error instanceof RepNotFoundError) throw new CliError(`${rep.name} is not an active rep`, 2);
          throw error;
        });
      });
      const document = gapsDocument(detail);
      if (flags.json) {
        printJson(document);
        return;
      }
      console.log(`${document.rep.name} (${document.rep.segment}${document.rep.quadrant ? `, ${document.rep.quadrant}` : ''}), as of ${document.asOf}, ${document.windowDays}-day window\n`);
      if (document.stageReason) console.log(document.stageReason);
      else if (document.gaps.length === 0) console.log('No stage gap with enough data: every stage with 5 or more deals is at or above its benchmark.');
      else {
        console.log(formatTable(['#', 'stage', 'deals', 'rep', 'benchmark', 'impact'], document.gaps.map((g, i) => [
          i + 1, g.transition, g.cohort, pct(g.repConversion), pct(g.benchmark), money(g.impact),
        ])));
        console.log(`\nFocus: ${document.gaps[0]!.focus}`);
      }
      if (document.activity) {
        console.log(`\nActivities: ${document.activity.perWeek.toFixed(1)} a week vs ${document.activity.benchmark.toFixed(1)} benchmark.`);
      }
    });
}

export function gapsDocument(detail: RepDetail) {
  const { rep, analysis } = detail;
  return {
    asOf: analysis.asOf,
    windowDays: analysis.windowDays,
    rep: { id: rep.id, externalId: rep.externalId, name: rep.name, managerName: rep.managerName, segment: rep.segment.segment, quadrant: rep.process.quadrant },
    stageReason: analysis.stageReason,
    gaps: detail.focuses.map((f) => ({
      stage: f.stage,
      transition: f.transition,
      cohort: f.enteredStage,
      repConversion: f.repConversion.value,
      benchmark: f.benchmarkConversion,
      downstreamToWon: f.repDownstreamToWon.value,
      avgDealSize: f.repAvgDealSize,
      impact: f.impact,
      behaviours: f.behaviours.map((b) => ({ key: b.key, name: b.name, latestRating: b.latestRating, ratedOn: b.ratedOn })),
      questions: f.questions,
      focus: f.summary,
    })),
    activity: rep.activity,
  };
}
