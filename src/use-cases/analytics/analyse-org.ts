// Loads every rep's analysis for an org and window (docs/analytics.md), through a cache
// that an import invalidates (orgs.data_version). The clock is read by the caller: `today`.
import { analysisWindow, defaultAsOf, DEFAULT_WINDOW_DAYS, type AnalysisWindow } from '../../core/analytics/analysis-window.ts';
import { analyseRepsInSteps, type RepsAnalysis } from '../../core/analytics/analyse-reps.ts';
import { dayNumberOf, isoDateOf } from '../../core/analytics/iso-day.ts';
import type { OpenStage } from '../../core/analytics/stage-conversion.ts';
import type { Database } from '../../db/client.ts';
import { runStepwise } from '../run-stepwise.ts';
import {
  dataVersion, hasStageHistory, latestDataDate, listOpenStages, listRepPeople, orgTargets,
} from '../../db/analytics/analysis-inputs.ts';
import { orgWindowStats } from '../../db/analytics/org-window-stats.ts';
import { activityStats, quotaRows, type StatsQuery } from '../../db/analytics/window-stats.ts';

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
  private readonly latestDates = new Map<number, { version: number; value: Promise<string | null> }>();
  constructor(private readonly maxEntries = 16) {}

  /** The org's last data date, read once per data version (it scans the deals). */
  latestDataDate(orgId: number, version: number, read: () => Promise<string | null>): Promise<string | null> {
    const hit = this.latestDates.get(orgId);
    if (hit && hit.version === version) return hit.value;
    const value = read();
    this.latestDates.set(orgId, { version, value });
    value.catch(() => this.latestDates.delete(orgId));
    return value;
  }

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

export async function resolveAsOf(
  database: Database, orgId: number, today: string, asOf?: string, cache?: { cache: AnalysisCache; version: number },
): Promise<string> {
  if (asOf) {
    dayNumberOf(asOf);
    return asOf;
  }
  const read = () => latestDataDate(database.pool, orgId);
  return defaultAsOf(today, await (cache ? cache.cache.latestDataDate(orgId, cache.version, read) : read()));
}

export async function analyseOrg(
  database: Database, orgId: number, today: string, options: AnalysisOptions = {}, cache?: AnalysisCache,
): Promise<OrgAnalysis> {
  const version = await dataVersion(database.pool, orgId);
  const asOf = await resolveAsOf(database, orgId, today, options.asOf, cache && { cache, version });
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
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
  const [reps, stages, history, targets, { closed, open, stages: stageRows }, activities, quotas] = await Promise.all([
    listRepPeople(db, orgId), listOpenStages(db, orgId), hasStageHistory(db, orgId), orgTargets(db, orgId),
    orgWindowStats(db, q), activityStats(db, q), quotaRows(db, q),
  ]);
  const analysis = await runStepwise(analyseRepsInSteps({
    asOf, windowDays, window, previousWindow, reps, stages, hasStageHistory: history,
    closed, open, activities: activities.orgHasActivities ? activities.rows : null, quotas, stageStats: stageRows,
    targets, cutPoints: options.cutPoints,
  }), TURN_BUDGET_MS);
  return {
    ...analysis, asOf, windowDays, window, previousWindow, stages,
    hasActivities: activities.orgHasActivities, dataVersion: version,
  };
}

// The event loop gets a turn whenever this much time has passed since its last one: short
// enough that a request waits little, long enough that 2,000 reps take few turns (ADR 017).
const TURN_BUDGET_MS = 8;
