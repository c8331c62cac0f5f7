// `coachboard queue <manager>`: whom to coach this week, on what, and why. docs/cli.md.
import type { Command } from 'commander';
import { ensureOrg } from '../db/queries/orgs.ts';
import { managerQueue, type ManagerQueue, type QueueItem } from '../use-cases/analytics/manager-queue.ts';
import { resolvePerson } from '../use-cases/analytics/resolve-person.ts';
import { addReportOptions, analysisOptions, todayUtc, type ReportFlags } from './analysis-options.ts';
import { withDatabase } from './open-for-cli.ts';
import { printJson } from './print.ts';
import { toCliError } from './reps-command.ts';

export function registerQueue(program: Command): void {
  addReportOptions(program.command('queue')
    .description("a manager's coaching queue for the week: core performers first, with the focus for each")
    .argument('<manager>', 'the manager: id, external id or exact name'))
    .action(async (managerRef: string, flags: ReportFlags) => {
      const options = analysisOptions(flags);
      const queue = await withDatabase(flags.db, 'queue', async (database) => {
        const orgId = await ensureOrg(database.pool);
        const manager = await resolvePerson(database, orgId, managerRef, 'manager').catch(toCliError);
        return managerQueue(database, orgId, todayUtc(), manager, options);
      });
      if (flags.json) printJson(queueDocument(queue));
      else console.log(formatQueue(queue));
    });
}

export function queueDocument(queue: ManagerQueue) {
  const entry = (item: QueueItem) => ({
    repId: item.repId,
    externalId: item.externalId,
    name: item.name,
    segment: item.segment,
    quadrant: item.quadrant,
    priority: item.priority,
    why: item.why,
    daysSinceCoaching: item.daysSinceCoaching,
    commitmentsDue: item.commitmentsDue,
    focus: item.focus && {
      stage: item.focus.stage,
      transition: item.focus.transition,
      repConversion: item.focus.repConversion.value,
      benchmark: item.focus.benchmarkConversion,
      impact: item.focus.impact,
      behaviours: item.focus.behaviours.map((b) => ({ key: b.key, name: b.name, latestRating: b.latestRating })),
      questions: item.focus.questions,
    },
  });
  return {
    asOf: queue.asOf, windowDays: queue.windowDays, weekEnd: queue.weekEnd, manager: queue.manager,
    coach: queue.coach.map(entry), talentFit: queue.talentFit.map(entry), lightTouch: queue.lightTouch.map(entry),
  };
}

function formatQueue(queue: ManagerQueue): string {
  const lines = [`Coaching queue for ${queue.manager.name}, week ending ${queue.weekEnd} (as of ${queue.asOf})`, ''];
  const section = (title: string, items: QueueItem[], detail: boolean) => {
    lines.push(`${title} (${items.length})`);
    if (items.length === 0) lines.push('  nobody');
    items.forEach((item, i) => {
      lines.push(`  ${i + 1}. ${item.name} [${item.segment}] ${item.why}`);
      if (detail && item.focus) {
        const rated = item.focus.behaviours.map((b) => `${b.name}${b.latestRating === null ? '' : ` (${b.latestRating}/4)`}`);
        if (rated.length > 0) lines.push(`     Behaviours: ${rated.join('; ')}`);
        if (item.focus.questions[0]) lines.push(`     Ask: ${item.focus.questions[0]}`);
      }
    });
    lines.push('');
  };
  section('Coach this week', queue.coach, true);
  section('Talent-fit conversations (with your leader)', queue.talentFit, false);
  section('Light touch (stars)', queue.lightTouch, false);
  return lines.join('\n').trimEnd();
}
