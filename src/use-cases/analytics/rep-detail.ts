// One rep in depth (`coachboard gaps <rep>`, the Rep page): KPIs against benchmark, the
// funnel, trends, time in stage, and ranked gaps turned into coaching focuses.
import type { RepAnalysis } from '../../core/analytics/analyse-reps.ts';
import { dayNumberOf, isoDateOf } from '../../core/analytics/iso-day.ts';
import type { ConversionGap } from '../../core/analytics/stage-conversion.ts';
import type { Database } from '../../db/client.ts';
import { guideForStages, lastCoachedOn, latestRatings, openCommitmentsDue, type RatingRow, type StageGuide } from '../../db/analytics/coaching-context.ts';
import { monthlyTrend, timeInStage, type MonthPoint, type StageTime } from '../../db/analytics/rep-history.ts';
import { analyseOrg, type AnalysisCache, type AnalysisOptions, type OrgAnalysis } from './analyse-org.ts';
import { withProcess, type RepWithProcess } from './list-reps.ts';

export type FocusBehaviour = { id: number; key: string; name: string; description: string; latestRating: number | null; ratedOn: string | null };
export type CoachingFocus = ConversionGap & { stageId: number; behaviours: FocusBehaviour[]; questions: string[]; summary: string };

export type RepDetail = {
  analysis: Pick<OrgAnalysis, 'asOf' | 'windowDays' | 'window' | 'benchmarks' | 'stageReason' | 'hasActivities' | 'stages'>;
  rep: RepWithProcess;
  focuses: CoachingFocus[];
  trend: MonthPoint[];
  timeInStage: { stageOrd: number; rep: StageTime | null; org: StageTime | null }[];
  lastCoachedOn: string | null;
  commitmentsDue: number;
};

export class RepNotFoundError extends Error {}

export async function repDetail(
  database: Database, orgId: number, today: string, repId: number, options: AnalysisOptions, cache?: AnalysisCache,
): Promise<RepDetail> {
  const analysis = await analyseOrg(database, orgId, today, options, cache);
  const found = analysis.reps.find((r) => r.id === repId);
  if (!found) throw new RepNotFoundError(`person #${repId} is not an active rep`);
  const db = database.pool;
  const trendFrom = isoDateOf(dayNumberOf(analysis.asOf) - 364);
  const [[rep], ratings, trend, repTimes, orgTimes, coached, due] = await Promise.all([
    withProcess(database, orgId, analysis.asOf, [found]),
    latestRatings(db, orgId, [repId], analysis.asOf),
    monthlyTrend(db, orgId, [repId], trendFrom, analysis.asOf),
    timeInStage(db, orgId, [repId], analysis.window.from, analysis.window.to),
    timeInStage(db, orgId, null, analysis.window.from, analysis.window.to),
    lastCoachedOn(db, orgId, [repId], analysis.asOf),
    openCommitmentsDue(db, orgId, [repId], weekEnd(analysis.asOf)),
  ]);
  return {
    analysis,
    rep: rep!,
    focuses: await coachingFocuses(database, orgId, analysis, found, ratings),
    trend,
    timeInStage: analysis.stages.map((s) => ({
      stageOrd: s.ord, rep: repTimes.find((t) => t.stageOrd === s.ord) ?? null, org: orgTimes.find((t) => t.stageOrd === s.ord) ?? null,
    })),
    lastCoachedOn: coached.get(repId) ?? null,
    commitmentsDue: due.get(repId) ?? 0,
  };
}

/** The rep's ranked gaps, each with its stage's behaviours, their latest ratings and questions. */
export async function coachingFocuses(
  database: Database, orgId: number, analysis: Pick<OrgAnalysis, 'stages'>, rep: Pick<RepAnalysis, 'gaps'>, ratings: readonly RatingRow[],
): Promise<CoachingFocus[]> {
  return focusesFromGuide(analysis, rep.gaps, await guideForGaps(database, orgId, analysis, rep.gaps), ratings);
}

/** The guide's behaviours and questions for the stages of `gaps`: one read for the gaps of any number of reps. */
export async function guideForGaps(
  database: Database, orgId: number, analysis: Pick<OrgAnalysis, 'stages'>, gaps: readonly ConversionGap[],
): Promise<StageGuide> {
  const stageIdOf = new Map(analysis.stages.map((s) => [s.ord, s.stageId]));
  const stageIds = [...new Set(gaps.map((g) => stageIdOf.get(g.ord)!))];
  return guideForStages(database.pool, orgId, stageIds);
}

/** `gaps` as coaching focuses, from a guide read for (at least) their stages and the rep's ratings. */
export function focusesFromGuide(
  analysis: Pick<OrgAnalysis, 'stages'>, gaps: readonly ConversionGap[], guide: StageGuide, ratings: readonly RatingRow[],
): CoachingFocus[] {
  const stageIdOf = new Map(analysis.stages.map((s) => [s.ord, s.stageId]));
  return gaps.map((gap) => {
    const stageId = stageIdOf.get(gap.ord)!;
    const behaviours = guide.behaviours.filter((b) => b.stageId === stageId).map((b) => {
      const rating = ratings.find((r) => r.behaviourId === b.id);
      return { id: b.id, key: b.key, name: b.name, description: b.description, latestRating: rating?.rating ?? null, ratedOn: rating?.observedAt ?? null };
    });
    const questions = guide.questions.filter((q) => q.stageId === stageId).map((q) => q.text);
    return { ...gap, stageId, behaviours, questions, summary: focusSummary(gap, behaviours, questions) };
  });
}

// "Discover → Teach: 22 % vs 35 % benchmark, about 18k in the window. Behaviours: … (rated 2/4
// on 2026-10-03). Ask: …" (SPEC §4.4).
function focusSummary(gap: ConversionGap, behaviours: FocusBehaviour[], questions: string[]): string {
  const pct = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v * 100)} %`);
  const parts = [`${gap.transition}: ${pct(gap.repConversion.value)} vs ${pct(gap.benchmarkConversion)} benchmark, about ${Math.round(gap.impact).toLocaleString('en-US')} in the window.`];
  if (behaviours.length > 0) {
    parts.push(`Behaviours: ${behaviours.map((b) => `${b.name}${b.latestRating === null ? ' (not rated yet)' : ` (rated ${b.latestRating}/4 on ${b.ratedOn})`}`).join('; ')}.`);
  } else {
    parts.push('No behaviours are defined for this stage yet: add them to the coaching guide.');
  }
  if (questions[0]) parts.push(`Ask: ${questions[0]}`);
  return parts.join(' ');
}

/** The Sunday ending the ISO week of `asOf`: commitments due by then are "due this week". */
export function weekEnd(asOf: string): string {
  const day = dayNumberOf(asOf);
  const weekday = ((day + 3) % 7) + 1; // 1970-01-01 was a Thursday (ISO 4)
  return isoDateOf(day + (7 - weekday));
}
