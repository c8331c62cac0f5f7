// `coachboard stalled` and GET /api/v1/stalls: the open deals of a scope that show stall
// signals as of a date (SPEC §4.6, docs/stalls.md). Reads through the db layer, judges in
// the pure core; the org's percentiles (and, after an org-wide request, its open deals) come
// from a cache that an import invalidates.
import { countEngageOnly, stallJudge, type DealVerdict, type StallReport } from '../../core/stalls/detect-stalls.ts';
import { durationSamples } from '../../core/stalls/duration-benchmarks.ts';
import type { OpenDeal } from '../../core/stalls/open-deal.ts';
import { resolveThresholds } from '../../core/stalls/stall-thresholds.ts';
import type { Database } from '../../db/client.ts';
import { dataVersion, listOpenStages } from '../../db/analytics/analysis-inputs.ts';
import { snoozesOfDeals } from '../../db/stalls/deal-snoozes.ts';
import { stageDaysCounts, wonCycleCounts } from '../../db/stalls/duration-percentiles.ts';
import { readOpenDeals } from '../../db/stalls/read-open-deals.ts';
import { stallDataPresence } from '../../db/stalls/stall-data-presence.ts';
import { listThresholdOverrides } from '../../db/stalls/stall-threshold-overrides.ts';
import { resolveAsOf } from '../analytics/analyse-org.ts';
import type { StallReference, StallReferenceCache } from './stall-reference-cache.ts';

const SLICE = 10_000;

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
  const compute = () => loadStallReference(database, orgId, asOf);
  const [reference, stages, overrides, snoozes] = await Promise.all([
    cache ? cache.reference(orgId, asOf, version, compute) : compute(),
    listOpenStages(db, orgId), listThresholdOverrides(db, orgId), snoozesOfDeals(db, orgId, null),
  ]);
  const { presence } = reference;
  const read = (ownerIds: readonly number[] | null) => readOpenDeals(db, {
    orgId, asOf, ownerIds, withActivities: presence.hasDealActivities,
    withCloseDateHistory: presence.hasCloseDateHistory, withStakeholders: presence.hasStakeholders,
    withSegments: presence.hasSegments, openStages: stages,
  });
  const deals = await openDealsInScope(orgId, asOf, version, options.ownerIds, read, cache);
  const judge = stallJudge({
    asOf,
    data: { ...presence, wonCyclesWithEngageDate: reference.wonCycles.find((s) => s.segment === null)?.deals ?? 0 },
    stageDays: reference.stageDays,
    wonCycles: reference.wonCycles,
    thresholdsFor: resolveThresholds(stages.map((s) => ({ stageId: s.stageId, ord: s.ord })), overrides),
    snoozes,
  }, countEngageOnly(deals));
  // An org's 200,000 open deals take a while to judge: in slices, letting the server answer
  // other requests in between.
  const verdicts: DealVerdict[] = [];
  for (let start = 0; start < deals.length; start += SLICE) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const deal of deals.slice(start, start + SLICE)) {
      const verdict = judge.judge(deal);
      if (verdict) verdicts.push(verdict);
    }
  }
  return judge.report(deals.length, verdicts);
}

/** An org-wide request reads (and caches) every open deal; a team's filters them when cached, else reads its own. */
async function openDealsInScope(
  orgId: number, asOf: string, version: number, ownerIds: readonly number[] | null,
  read: (ownerIds: readonly number[] | null) => Promise<OpenDeal[]>, cache?: StallReferenceCache,
): Promise<OpenDeal[]> {
  if (!cache) return read(ownerIds);
  if (ownerIds === null) return cache.orgOpenDeals(orgId, asOf, version, () => read(null));
  const cached = cache.cachedOrgOpenDeals(orgId, asOf, version);
  if (!cached) return read(ownerIds);
  const owners = new Set(ownerIds);
  return (await cached).filter((deal) => owners.has(deal.ownerId));
}

async function loadStallReference(database: Database, orgId: number, asOf: string): Promise<StallReference> {
  const db = database.pool;
  const presence = await stallDataPresence(db, orgId);
  const [stageDays, wonCycles] = await Promise.all([
    presence.hasStageHistory ? stageDaysCounts(db, orgId, asOf, presence.hasSegments) : [],
    wonCycleCounts(db, orgId, asOf, presence.hasSegments),
  ]);
  return { presence, stageDays: durationSamples(stageDays), wonCycles: durationSamples(wonCycles) };
}
