// What stall requests of an org share, kept per process until an import changes the org's
// data (orgs.data_version, which every import bumps; ADR 010), per org and as-of date:
//   - the reference: which data the org has, and the p80s of days in stage and of won cycles;
//   - the org's open deals with their stall inputs, sorted in the report's order and indexed
//     (src/core/stalls/judged-org.ts), read after an import (src/use-cases/analytics/after-import.ts),
//     by the first org-wide request, or in the background after a team's first request;
//   - those deals judged without snoozes (src/core/stalls/judged-org.ts), per thresholds: any
//     scope's report is then a filter of it, with the day's snoozes applied.
// Thresholds and snoozes change all day without an import: they are always read live (a
// change of thresholds judges the cached deals again; snoozes are applied per request).
import type { DurationSample } from '../../core/stalls/duration-benchmarks.ts';
import type { JudgedOrg, OrgDeals } from '../../core/stalls/judged-org.ts';
import type { Database } from '../../db/client.ts';
import type { StallDataPresence } from '../../db/stalls/stall-data-presence.ts';

export type StallReference = {
  presence: StallDataPresence;
  stageDays: DurationSample[];
  wonCycles: DurationSample[];
};

class VersionedEntries<T> {
  private readonly entries = new Map<string, { version: number; value: Promise<T>; settled: boolean }>();
  constructor(private readonly maxEntries: number) {}

  peek(key: string, version: number): Promise<T> | null {
    const hit = this.entries.get(key);
    return hit && hit.version === version ? hit.value : null;
  }

  /** The value when it is computed already (not while it is being computed), else null. */
  ready(key: string, version: number): Promise<T> | null {
    const hit = this.entries.get(key);
    return hit && hit.version === version && hit.settled ? hit.value : null;
  }

  get(key: string, version: number, compute: () => Promise<T>): Promise<T> {
    const hit = this.peek(key, version);
    if (hit) return hit;
    const value = compute();
    const entry = { version, value, settled: false };
    this.entries.delete(key);
    this.entries.set(key, entry);
    value.then(() => { entry.settled = true; }, () => this.entries.delete(key));
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

export class StallReferenceCache {
  private readonly references: VersionedEntries<StallReference>;
  // A whole org's open deals weigh about 0.5 KB each: few of them are kept.
  private readonly openDeals: VersionedEntries<OrgDeals>;
  private readonly judged: VersionedEntries<JudgedOrg>;
  private readonly asOfs = new VersionedEntries<string>(16);
  constructor(maxReferences = 16, maxOrgDealLists = 2) {
    this.references = new VersionedEntries(maxReferences);
    this.openDeals = new VersionedEntries(maxOrgDealLists);
    this.judged = new VersionedEntries(maxOrgDealLists);
  }

  /** The default as-of date of a day (it reads the data's last date, a scan of several tables). */
  defaultAsOf(orgId: number, today: string, version: number, compute: () => Promise<string>): Promise<string> {
    return this.asOfs.get(`${orgId}:${today}`, version, compute);
  }

  reference(orgId: number, asOf: string, version: number, compute: () => Promise<StallReference>): Promise<StallReference> {
    return this.references.get(`${orgId}:${asOf}`, version, compute);
  }

  orgOpenDeals(orgId: number, asOf: string, version: number, compute: () => Promise<OrgDeals>): Promise<OrgDeals> {
    return this.openDeals.get(`${orgId}:${asOf}`, version, compute);
  }

  /** The org's open deals judged without snoozes, under the thresholds whose fingerprint is `thresholdsKey`. */
  judgedOrg(orgId: number, asOf: string, version: number, thresholdsKey: string, compute: () => Promise<JudgedOrg>): Promise<JudgedOrg> {
    return this.judged.get(`${orgId}:${asOf}:${thresholdsKey}`, version, compute);
  }

  /** judgedOrg's value once computed; null while it is being computed or before. */
  readyJudgedOrg(orgId: number, asOf: string, version: number, thresholdsKey: string): Promise<JudgedOrg> | null {
    return this.judged.ready(`${orgId}:${asOf}:${thresholdsKey}`, version);
  }
}

// One cache per database in a process: the stall and deal-room routes and the warm-up after
// an import (src/use-cases/analytics/after-import.ts) share it.
const caches = new WeakMap<Database, StallReferenceCache>();

export function stallCacheOf(database: Database): StallReferenceCache {
  let cache = caches.get(database);
  if (!cache) caches.set(database, (cache = new StallReferenceCache()));
  return cache;
}
