// `coachboard queue <manager>` and the This week page: the manager's direct reps ranked
// for coaching this week, each with why and a coaching focus (docs/analytics.md).
import { buildCoachingQueue, type QueueEntry } from '../../core/analytics/coaching-queue.ts';
import { daysBetween } from '../../core/analytics/iso-day.ts';
import type { Database } from '../../db/client.ts';
import { NO_GUIDE, lastCoachedOn, latestRatings, openCommitmentsDue } from '../../db/analytics/coaching-context.ts';
import { analyseOrg, type AnalysisCache, type AnalysisOptions } from './analyse-org.ts';
import { withProcess } from './list-reps.ts';
import { focusesFromGuide, guideForGaps, weekEnd, type CoachingFocus } from './rep-detail.ts';

export type QueueItem = QueueEntry & {
  externalId: string;
  quadrant: string | null;
  lastCoachedOn: string | null;
  attainment: number | null;
  attainmentBasis: string | null;
  focus: CoachingFocus | null;
};

export type ManagerQueue = {
  asOf: string;
  windowDays: number;
  weekEnd: string;
  manager: { id: number; name: string };
  coach: QueueItem[];
  talentFit: QueueItem[];
  lightTouch: QueueItem[];
};

export async function managerQueue(
  database: Database, orgId: number, today: string, manager: { id: number; name: string },
  options: AnalysisOptions, cache?: AnalysisCache,
): Promise<ManagerQueue> {
  const analysis = await analyseOrg(database, orgId, today, options, cache);
  const team = analysis.reps.filter((r) => r.managerId === manager.id);
  const ids = team.map((r) => r.id);
  const end = weekEnd(analysis.asOf);
  const db = database.pool;
  // Few round trips (on the embedded engine each query waits its turn on one connection):
  // the team's ratings serve the quadrants and the focuses, and the guide is read once for
  // every rep's top gap.
  const [ratings, coached, due, guide] = ids.length === 0
    ? [[], new Map<number, string>(), new Map<number, number>(), NO_GUIDE] as const
    : await Promise.all([
      latestRatings(db, orgId, ids, analysis.asOf),
      lastCoachedOn(db, orgId, ids, analysis.asOf),
      openCommitmentsDue(db, orgId, ids, end),
      guideForGaps(database, orgId, analysis, team.flatMap((rep) => rep.gaps.slice(0, 1))),
    ]);
  const withQuadrants = await withProcess(database, orgId, analysis.asOf, team, ratings);
  const queue = buildCoachingQueue(team.map((rep) => {
    const last = coached.get(rep.id) ?? null;
    return {
      repId: rep.id, name: rep.name, segment: rep.segment.segment, segmentReason: rep.segment.reason,
      attainment: rep.attainment.value, heldFromPreviousWindow: rep.segment.segment !== rep.segment.candidate,
      topGap: rep.gaps[0] ?? null,
      daysSinceCoaching: last === null ? null : daysBetween(last, analysis.asOf),
      commitmentsDue: due.get(rep.id) ?? 0,
    };
  }));
  const items = (entries: QueueEntry[]): QueueItem[] => entries.map((entry) => {
    const rep = withQuadrants.find((r) => r.id === entry.repId)!;
    const [focus] = focusesFromGuide(analysis, rep.gaps.slice(0, 1), guide, ratings.filter((r) => r.repId === rep.id));
    return {
      ...entry, externalId: rep.externalId, quadrant: rep.process.quadrant, lastCoachedOn: coached.get(rep.id) ?? null,
      attainment: rep.attainment.value, attainmentBasis: rep.attainment.basis, focus: focus ?? null,
    };
  });
  return {
    asOf: analysis.asOf, windowDays: analysis.windowDays, weekEnd: end, manager,
    coach: items(queue.coach), talentFit: items(queue.talentFit), lightTouch: items(queue.lightTouch),
  };
}
