// `coachboard stalled` and GET /api/v1/stalls: the open deals of a scope that show stall
// signals as of a date (SPEC §4.6, docs/stalls.md). Reads through the db layer, judges in
// the pure core. With a cache (the server), the org's percentiles, its open deals and their
// verdicts are kept until an import bumps the data version (stall-reference-cache.ts).
import { countEngageOnly, judgeStepwise, stallJudge, type Snooze, type StallJudge, type StallReport } from '../../core/stalls/detect-stalls.ts';
import { judgeOrgStepwise, orgDealsStepwise, scopeCounts, scopeReport } from '../../core/stalls/judged-org.ts';
import { sortInReportOrderStepwise } from '../../core/stalls/report-order.ts';
import { durationSamples } from '../../core/stalls/duration-benchmarks.ts';
import type { OpenDeal } from '../../core/stalls/open-deal.ts';
import { resolveThresholds } from '../../core/stalls/stall-thresholds.ts';
import type { Database } from '../../db/client.ts';
import { dataVersion, listOpenStages } from '../../db/analytics/analysis-inputs.ts';
import { snoozesOfDeals } from '../../db/stalls/deal-snoozes.ts';
import { stageDaysCounts, wonCycleCounts } from '../../db/stalls/duration-percentiles.ts';
import { readOpenDeals } from '../../db/stalls/read-open-deals.ts';
import { stallDataPresence, type StallDataPresence } from '../../db/stalls/stall-data-presence.ts';
import { listThresholdOverrides } from '../../db/stalls/stall-threshold-overrides.ts';
import { resolveAsOf } from '../analytics/analyse-org.ts';
import { runStepwise } from '../run-stepwise.ts';
import type { StallReference, StallReferenceCache } from './stall-reference-cache.ts';

export type StallOptions = {
  /** 'YYYY-MM-DD'; default: today, or the data's last date when all of it is over a year old. */
  asOf?: string;
  /** Only deals owned by these people (a manager's subtree, a rep); null for the whole org. */
  ownerIds: readonly number[] | null;
};

export async function findStalledDeals(
  database: Database, orgId: number, today: string, options: StallOptions, cache?: StallReferenceCache,
): Promise<StallReport> {
  const db = database.pool;
  const version = await dataVersion(db, orgId);
  const resolve = () => resolveAsOf(database, orgId, today, options.asOf);
  const asOf = cache && options.asOf === undefined ? await cache.defaultAsOf(orgId, today, version, resolve) : await resolve();
  const [stages, overrides, snoozes] = await Promise.all([
    listOpenStages(db, orgId), listThresholdOverrides(db, orgId), snoozesOfDeals(db, orgId, null),
  ]);
  const reader = (presence: StallDataPresence) => (ownerIds: readonly number[] | null) => readOpenDeals(db, {
    orgId, asOf, ownerIds, withActivities: presence.hasDealActivities,
    withCloseDateHistory: presence.hasCloseDateHistory, withStakeholders: presence.hasStakeholders,
    withSegments: presence.hasSegments, openStages: stages,
  });
  const judges = (reference: StallReference) => (engageOnly: number, withSnoozes: boolean) => stallJudge({
    asOf,
    data: { ...reference.presence, wonCyclesWithEngageDate: reference.wonCycles.find((s) => s.segment === null)?.deals ?? 0 },
    stageDays: reference.stageDays,
    wonCycles: reference.wonCycles,
    thresholdsFor: resolveThresholds(stages.map((s) => ({ stageId: s.stageId, ord: s.ord })), overrides),
    snoozes: withSnoozes ? snoozes : NO_SNOOZES,
  }, engageOnly);
  if (!cache) {
    // The CLI, a use-case without a server: the deals are read while the percentiles are
    // counted (PostgreSQL runs both at once; the embedded engine one after the other).
    const presence = await stallDataPresence(db, orgId);
    const [reference, rows] = await Promise.all([loadStallReference(db, orgId, asOf, presence), reader(presence)(options.ownerIds)]);
    return judgeScope(await runStepwise(rows), (engageOnly) => judges(reference)(engageOnly, true));
  }
  const reference = await cache.reference(orgId, asOf, version,
    async () => loadStallReference(db, orgId, asOf, await stallDataPresence(db, orgId)));
  const read = reader(reference.presence);
  const judgeOf = judges(reference);
  // The org's deals sorted once per data version and as-of date, then judged once per
  // thresholds; every scope's report is taken from that with the day's snoozes
  // (src/core/stalls/judged-org.ts). Each step lets the server answer requests in between.
  const owners = options.ownerIds === null ? null : new Set(options.ownerIds);
  const thresholdsKey = JSON.stringify(overrides);
  const judgeOrg = () => cache.orgOpenDeals(orgId, asOf, version,
    async () => runStepwise(orgDealsStepwise(await runStepwise(await read(null)))))
    .then((org) => runStepwise(judgeOrgStepwise(org, judgeOf(org.engageOnly, false).judge)));
  const ready = owners === null
    ? cache.judgedOrg(orgId, asOf, version, thresholdsKey, judgeOrg)
    : cache.readyJudgedOrg(orgId, asOf, version, thresholdsKey);
  const judged = ready ? await ready : null;
  if (judged) return scopeReport(judged, owners, snoozes.keys(), judgeOf(scopeCounts(judged, owners).engageOnly, true));
  // A team's request before the org is judged (the first after an import or a change of
  // thresholds, unless the import warmed the cache) reads only the team's deals; the org's
  // are read and judged in the background (once) for the requests that follow.
  const deals = await runStepwise(await read(options.ownerIds));
  cache.judgedOrg(orgId, asOf, version, thresholdsKey, judgeOrg).catch(() => {});
  return judgeScope(deals, (engageOnly) => judgeOf(engageOnly, true));
}

const NO_SNOOZES: ReadonlyMap<number, Snooze> = new Map();

/** A scope's deals judged from scratch: sorted in the report's order, then judged in it, a step at a time. */
async function judgeScope(deals: readonly OpenDeal[], judgeFor: (engageOnly: number) => StallJudge): Promise<StallReport> {
  const judge = judgeFor(countEngageOnly(deals));
  const inOrder = await runStepwise(sortInReportOrderStepwise(deals));
  return judge.reportInOrder(deals.length, await runStepwise(judgeStepwise(inOrder, judge.judge)));
}

async function loadStallReference(db: Database['pool'], orgId: number, asOf: string, presence: StallDataPresence): Promise<StallReference> {
  const [stageDays, wonCycles] = await Promise.all([
    presence.hasStageHistory ? stageDaysCounts(db, orgId, asOf, presence.hasSegments) : [],
    wonCycleCounts(db, orgId, asOf, presence.hasSegments),
  ]);
  return { presence, stageDays: durationSamples(stageDays), wonCycles: durationSamples(wonCycles) };
}
