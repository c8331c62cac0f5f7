// Loads every rep's analysis for an org and window (docs/analytics.md), through a cache
// that an import invalidates (orgs.data_version). The clock is read by the caller: `today`.
import { analysisWindow, defaultAsOf, DEFAULT_WINDOW_DAYS, type AnalysisWindow } from '../../core/analytics/analysis-window.ts';
import { analyseReps, type RepsAnalysis } from '../../core/analytics/analyse-reps.ts';
import { dayNumberOf, isoDateOf } from '../../core/analytics/iso-day.ts';
import type { OpenStage } from '../../core/analytics/stage-conversion.ts';
import type { Database } from '../../db/client.ts';
import {
  dataVersion, hasStageHistory, latestDataDate, listOpenStages, listRepPeople, orgTargets,
} from '../../db/analytics/analysis-inputs.ts';
import { activityStats, closedStats, openStats, quotaRows, stageStats, type StatsQuery } from '../../db/analytics/window-stats.ts';

export type AnalysisOptions = {
  /** 'YYYY-MM-DD'; default: today, or the data's last date when all of it is over a year old. */
  asOf?: string;
  windowDays?: number;
  cutPoints?: { bottom: number; star: number };
};

export type OrgAnalysis = RepsAnalysis & {
  asOf: string;
  windowDays: number;
  window: AnalysisWindow;
  previousWindow: AnalysisWindow;
  stages: OpenStage[];
  hasActivities: boolean;
  dataVersion: number;
};

/** Where the analysis is cached: per process, keyed by org, window and options. */
export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; value: Promise<OrgAnalysis> }>();
  constructor(private readonly maxEntries = 16) {}

  async get(key: string, version: number, compute: () => Promise<OrgAnalysis>): Promise<OrgAnalysis> {
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.value;
    const value = compute();
    this.entries.set(key, { version, value });
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

export async function resolveAsOf(database: Database, orgId: number, today: string, asOf?: string): Promise<string> {
  if (asOf) {
    dayNumberOf(asOf);
    return asOf;
  }
  return defaultAsOf(today, await latestDataDate(database.pool, orgId));
}

export async function analyseOrg(
  database: Database, orgId: number, today: string, options: AnalysisOptions = {}, cache?: AnalysisCache,
): Promise<OrgAnalysis> {
  const asOf = await resolveAsOf(database, orgId, today, options.asOf);
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const version = await dataVersion(database.pool, orgId);
  const compute = () => computeOrgAnalysis(database, orgId, asOf, windowDays, version, options);
  if (!cache) return compute();
  const key = JSON.stringify([orgId, asOf, windowDays, options.cutPoints ?? null]);
  return cache.get(key, version, compute);
}

async function computeOrgAnalysis(
  database: Database, orgId: number, asOf: string, windowDays: number, version: number, options: AnalysisOptions,
): Promise<OrgAnalysis> {
  const db = database.pool;
  const window = analysisWindow(asOf, windowDays);
  const previousWindow = analysisWindow(isoDateOf(dayNumberOf(window.from) - 1), windowDays);
  const q: StatsQuery = { orgId, from: window.from, to: window.to, prevFrom: previousWindow.from };
  const [reps, stages, history, targets, closed, open, activities, quotas, stageRows] = await Promise.all([
    listRepPeople(db, orgId), listOpenStages(db, orgId), hasStageHistory(db, orgId), orgTargets(db, orgId),
    closedStats(db, q), openStats(db, q), activityStats(db, q), quotaRows(db, q), stageStats(db, q),
  ]);
  const analysis = analyseReps({
    asOf, windowDays, window, previousWindow, reps, stages, hasStageHistory: history,
    closed, open, activities: activities.orgHasActivities ? activities.rows : null, quotas, stageStats: stageRows,
    targets, cutPoints: options.cutPoints,
  });
  return {
    ...analysis, asOf, windowDays, window, previousWindow, stages,
    hasActivities: activities.orgHasActivities, dataVersion: version,
  };
}
