// Quota attainment and its peer-median proxy (SPEC §4.2). A figure that cannot be computed
// is null, never 0, and always says which basis it used.
import { median } from './median.ts';

export type QuotaAttainment = { value: number | null; basis: 'quota' };
export type PeerMedianAttainment = { id: string; value: number | null; basis: 'peer_median'; peerCount: number };

/** Won value in the quota period ÷ quota; null when there is no usable quota (none or 0). */
export function attainment({ wonValue, quota }: { wonValue: number; quota: number | null }): QuotaAttainment {
  assertMoney(wonValue, 'wonValue');
  if (quota !== null) assertMoney(quota, 'quota');
  return { value: quota === null || quota === 0 ? null : wonValue / quota, basis: 'quota' };
}

/**
 * Without quotas: won value ÷ the median won value of reps of the same role in the window.
 * The median is taken over the whole role group, the rep included, so one benchmark serves
 * the whole role (as a shared quota would). It is null when the rep has no peer of the
 * same role (a median of oneself says nothing) or when that median is 0.
 * Even-sized groups use the mean of the two middle values. Output follows input order.
 */
export function peerMedianAttainment(
  reps: readonly { id: string; role: string; wonValue: number }[],
): PeerMedianAttainment[] {
  const byRole = new Map<string, number[]>();
  for (const rep of reps) {
    assertMoney(rep.wonValue, `wonValue of ${rep.id}`);
    const values = byRole.get(rep.role) ?? [];
    values.push(rep.wonValue);
    byRole.set(rep.role, values);
  }
  const medians = new Map([...byRole].map(([role, values]) => [role, median(values)]));
  return reps.map((rep) => {
    const groupSize = byRole.get(rep.role)?.length ?? 0;
    const groupMedian = medians.get(rep.role) ?? 0;
    const value = groupSize < 2 || groupMedian === 0 ? null : rep.wonValue / groupMedian;
    return { id: rep.id, value, basis: 'peer_median', peerCount: groupSize - 1 };
  });
}

// Money comes from our own aggregation; negative or non-finite values are bugs.
function assertMoney(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got ${value}`);
}
