// `coachboard reps` and GET /api/v1/analytics/reps: every rep's KPIs, segment and quadrant
// (SPEC §3.1), limited to a scope (a manager's subtree, or what the viewer may see).
import type { PeopleScope } from '../../core/access/viewer.ts';
import type { RepAnalysis } from '../../core/analytics/analyse-reps.ts';
import { repProcess, type RepProcess } from '../../core/analytics/rep-quadrant.ts';
import type { Database } from '../../db/client.ts';
import { latestRatings, type RatingRow } from '../../db/analytics/coaching-context.ts';
import { idsInScope } from '../../db/queries/find-person.ts';
import { analyseOrg, type AnalysisCache, type AnalysisOptions, type OrgAnalysis } from './analyse-org.ts';

export type RepWithProcess = RepAnalysis & { process: RepProcess };
export type RepsResult = { analysis: OrgAnalysis; reps: RepWithProcess[] };

export async function listReps(
  database: Database, orgId: number, today: string,
  options: AnalysisOptions & { scope: PeopleScope }, cache?: AnalysisCache,
): Promise<RepsResult> {
  const analysis = await analyseOrg(database, orgId, today, options, cache);
  const visible = options.scope.kind === 'org' ? null : new Set(await idsInScope(database.pool, orgId, options.scope));
  const reps = visible ? analysis.reps.filter((r) => visible.has(r.id)) : analysis.reps;
  return { analysis, reps: await withProcess(database, orgId, analysis.asOf, reps) };
}

/** The reps with their process quadrant; `known`: the reps' latest ratings, when the caller has read them already. */
export async function withProcess(
  database: Database, orgId: number, asOf: string, reps: readonly RepAnalysis[], known?: readonly RatingRow[],
): Promise<RepWithProcess[]> {
  if (reps.length === 0) return [];
  const ratings = known ?? await latestRatings(database.pool, orgId, reps.length > 500 ? null : reps.map((r) => r.id), asOf);
  const byRep = new Map<number, typeof ratings>();
  for (const r of ratings) byRep.set(r.repId, [...(byRep.get(r.repId) ?? []), r]);
  return reps.map((rep) => ({ ...rep, process: repProcess(rep, byRep.get(rep.id) ?? []) }));
}

/** The `coachboard reps --json` document, exactly as SPEC §3.1 fixes it. */
export function repsDocument(result: RepsResult) {
  return {
    asOf: result.analysis.asOf,
    windowDays: result.analysis.windowDays,
    reps: result.reps.map((rep) => ({
      id: rep.id,
      externalId: rep.externalId,
      name: rep.name,
      managerName: rep.managerName,
      segment: rep.segment.segment,
      quadrant: rep.process.quadrant,
      kpis: {
        wonCount: rep.kpis.wonCount,
        lostCount: rep.kpis.lostCount,
        winRate: rep.kpis.winRate.value,
        winRateValue: rep.kpis.winRateValue,
        wonValue: rep.kpis.wonValue,
        avgDealSize: rep.kpis.avgDealSize,
        cycleDaysMedian: rep.kpis.cycleDaysMedian,
        openCount: rep.kpis.openCount,
        openValue: rep.kpis.openValue,
        attainment: rep.attainment.value,
        attainmentBasis: rep.attainment.basis,
        activitiesPerWeek: rep.kpis.activitiesPerWeek,
      },
    })),
  };
}
