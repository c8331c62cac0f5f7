// The Team page (a manager's subtree) and the Org page (everyone): team KPIs, the funnel
// against the org benchmark, and how the reps are spread over segments and quadrants.
import type { Segment } from '../../core/analytics/assign-segments.ts';
import type { Quadrant } from '../../core/analytics/classify-quadrant.ts';
import { median } from '../../core/analytics/median.ts';
import { computeKpis, type Kpis } from '../../core/analytics/rep-kpis.ts';
import { stageRows, type StageRow } from '../../core/analytics/stage-conversion.ts';
import type { Database } from '../../db/client.ts';
import { activityStats, closedStats, openStats, stageStats, type StatsQuery } from '../../db/analytics/window-stats.ts';
import { analyseOrg, type AnalysisCache, type AnalysisOptions, type OrgAnalysis } from './analyse-org.ts';
import { withProcess, type RepWithProcess } from './list-reps.ts';

export type Distribution = {
  segments: Record<Segment, number>;
  quadrants: Record<Quadrant | 'unknown', number>;
};

export type TeamSummary = {
  asOf: string;
  windowDays: number;
  window: OrgAnalysis['window'];
  stageReason: string | null;
  kpis: Kpis;
  repCount: number;
  funnel: StageRow[];
  distribution: Distribution;
  reps: RepWithProcess[];
  /** For the org page: one row per frontline manager. */
  teams: { managerId: number; managerName: string; repCount: number; distribution: Distribution; winRate: number | null; wonValue: number | null; attainmentMedian: number | null }[];
};

export async function teamSummary(
  database: Database, orgId: number, today: string, repIds: readonly number[] | null,
  options: AnalysisOptions, cache?: AnalysisCache,
): Promise<TeamSummary> {
  const analysis = await analyseOrg(database, orgId, today, options, cache);
  const inTeam = repIds === null ? analysis.reps : analysis.reps.filter((r) => repIds.includes(r.id));
  const ids = inTeam.map((r) => r.id);
  const q: StatsQuery = {
    orgId, from: analysis.window.from, to: analysis.window.to, prevFrom: analysis.previousWindow.from,
    repIds: ids, total: true,
  };
  const db = database.pool;
  const [reps, closed, open, activities, stages] = ids.length === 0
    ? [[], [], [], { orgHasActivities: analysis.hasActivities, rows: [] }, []] as const
    : await Promise.all([withProcess(database, orgId, analysis.asOf, inTeam), closedStats(db, q), openStats(db, q), activityStats(db, q), stageStats(db, q)]);
  const kpis = computeKpis({
    closed: closed[0], open: open[0], activities: activities.orgHasActivities ? activities.rows : null, windowDays: analysis.windowDays,
  });
  // A team's activity volume is shown per rep, to compare with a rep's.
  if (kpis.activitiesPerWeek !== null && ids.length > 0) {
    kpis.activitiesPerWeek /= ids.length;
    for (const type of Object.keys(kpis.activitiesByType ?? {})) kpis.activitiesByType![type]! /= ids.length;
  }
  const funnel = analysis.stageReason === null ? stageRows(analysis.stages, stages, analysis.benchmarks.stages) : [];
  const managers = new Map<number, string>();
  for (const rep of reps) if (rep.managerId !== null) managers.set(rep.managerId, rep.managerName ?? `#${rep.managerId}`);
  return {
    asOf: analysis.asOf, windowDays: analysis.windowDays, window: analysis.window, stageReason: analysis.stageReason,
    kpis, repCount: ids.length, funnel, distribution: distributionOf(reps), reps: [...reps],
    teams: [...managers].map(([managerId, managerName]) => {
      const members = reps.filter((r) => r.managerId === managerId);
      const won = members.reduce((s, r) => s + r.kpis.wonCount, 0);
      const closedCount = members.reduce((s, r) => s + r.kpis.wonCount + r.kpis.lostCount, 0);
      const values = members.map((r) => r.kpis.wonValue);
      const attainments = members.map((r) => r.attainment.value).filter((v): v is number => v !== null);
      return {
        managerId, managerName, repCount: members.length, distribution: distributionOf(members),
        winRate: closedCount === 0 ? null : won / closedCount,
        wonValue: values.some((v) => v === null) ? null : values.reduce((s: number, v) => s + (v ?? 0), 0),
        attainmentMedian: attainments.length === 0 ? null : median(attainments),
      };
    }).sort((a, b) => a.managerName.localeCompare(b.managerName)),
  };
}

function distributionOf(reps: readonly RepWithProcess[]): Distribution {
  const segments: Record<Segment, number> = { star: 0, core: 0, bottom: 0, ramping: 0 };
  const quadrants: Record<Quadrant | 'unknown', number> = { earned: 0, bad_break: 0, lucky: 0, poetic_justice: 0, unknown: 0 };
  for (const rep of reps) {
    segments[rep.segment.segment] += 1;
    quadrants[rep.process.quadrant ?? 'unknown'] += 1;
  }
  return { segments, quadrants };
}
