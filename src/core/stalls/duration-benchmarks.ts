// The p80 a deal is measured against: of its own segment when that segment's sample is
// large enough, else of the whole org (SPEC §4.6 "same segment when the sample allows").
// SQL counts the deals per key (a stage id for days in stage; 0 for won cycles), segment and
// number of days, a few thousand rows however many deals; the p80s (nearest rank, like
// percentile_disc) are taken here from those counts, per segment and for the whole org.
export const MIN_SEGMENT_SAMPLE = 30;
/** Below this many deals a p80 is low-confidence and flags nothing (docs/analytics.md: 5 events). */
export const MIN_ORG_SAMPLE = 5;

export type DurationSample = { key: number; segment: string | null; deals: number; p80Days: number };

/** How many deals took `days` (of one key, in one segment; segment null = the deals without one). */
export type DurationCount = { key: number; segment: string | null; days: number; deals: number };

/** Nearest-rank p80 of each key, org-wide (segment null, all deals) and per named segment. */
export function durationSamples(counts: readonly DurationCount[]): DurationSample[] {
  const groups = new Map<string, { key: number; segment: string | null; byDays: Map<number, number> }>();
  const add = (key: number, segment: string | null, days: number, deals: number) => {
    const id = segment === null ? `${key}` : `${key}\u0000${segment}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { key, segment, byDays: new Map() }));
    group.byDays.set(days, (group.byDays.get(days) ?? 0) + deals);
  };
  for (const c of counts) {
    add(c.key, null, c.days, c.deals);
    if (c.segment !== null) add(c.key, c.segment, c.days, c.deals);
  }
  return [...groups.values()].map(({ key, segment, byDays }) => {
    const days = [...byDays.keys()].sort((a, b) => a - b);
    const total = days.reduce((sum, d) => sum + byDays.get(d)!, 0);
    // Nearest rank: the smallest value with at least 80 % of the deals at or below it.
    const rank = Math.ceil(0.8 * total);
    let seen = 0;
    const p80Days = days.find((d) => (seen += byDays.get(d)!) >= rank)!;
    return { key, segment, deals: total, p80Days };
  });
}

export type DurationBenchmark = { p80Days: number; deals: number; segment: string | null };

export type BenchmarkLookup = (key: number, segment: string | null) => DurationBenchmark | null;

export function benchmarkLookup(samples: readonly DurationSample[], minSegmentSample = MIN_SEGMENT_SAMPLE): BenchmarkLookup {
  const orgWide = new Map<number, DurationSample>();
  const bySegment = new Map<string, DurationSample>();
  for (const s of samples) {
    if (s.segment === null) orgWide.set(s.key, s);
    else bySegment.set(`${s.key}\u0000${s.segment}`, s);
  }
  return (key, segment) => {
    const own = segment === null ? undefined : bySegment.get(`${key}\u0000${segment}`);
    if (own && own.deals >= minSegmentSample) return { p80Days: own.p80Days, deals: own.deals, segment: own.segment };
    const all = orgWide.get(key);
    if (all && all.deals >= MIN_ORG_SAMPLE) return { p80Days: all.p80Days, deals: all.deals, segment: null };
    return null;
  };
}

/** " in Enterprise" for a segment's benchmark, "" for the org's. */
export const sampleScope = (b: DurationBenchmark): string => (b.segment === null ? '' : ` in ${b.segment}`);
