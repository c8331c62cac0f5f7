// Turns cadences into planned sessions for the coming weeks (SPEC §4.9). Idempotent: an
// occurrence generated once is never generated again, and held or cancelled sessions are
// never touched. The clock is read by the caller (`asOf`).
import { horizonOf, occurrencesBetween } from '../../core/cadence/cadence-rule.ts';
import type { Database } from '../../db/client.ts';
import { insertMissingOccurrences, listCadences, type WantedOccurrence } from '../../db/queries/cadence-rows.ts';

export const DEFAULT_HORIZON_WEEKS = 4;

export type GenerationResult = { from: string; to: string; wanted: number; created: number };

export async function generatePlannedSessions(
  database: Database, orgId: number, managerIds: readonly number[] | null, asOf: string, horizonWeeks = DEFAULT_HORIZON_WEEKS,
): Promise<GenerationResult> {
  const { from, to } = horizonOf(asOf, horizonWeeks);
  const cadences = (await listCadences(database.pool, orgId, managerIds)).filter((c) => c.active);
  const wanted: WantedOccurrence[] = cadences.flatMap((c) => occurrencesBetween(c, from, to)
    .map((o) => ({ cadenceId: c.id, occursOn: o.occursOn, startsAt: o.startsAt, durationMin: c.durationMin })));
  const created = await insertMissingOccurrences(database.pool, orgId, wanted);
  return { from, to, wanted: wanted.length, created };
}
