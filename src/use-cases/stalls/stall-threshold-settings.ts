// The stall thresholds of every open stage: the overrides an admin set, and what each stage
// ends up with (docs/stalls.md "Thresholds").
import { resolveThresholds, type StageThresholds, type ThresholdOverride } from '../../core/stalls/stall-thresholds.ts';
import type { Database } from '../../db/client.ts';
import { listOpenStages } from '../../db/analytics/analysis-inputs.ts';
import { listThresholdOverrides, saveThresholdOverride } from '../../db/stalls/stall-threshold-overrides.ts';

type Override = Omit<ThresholdOverride, 'stageId'>;

export type StallThresholdSettings = {
  org: Override | null;
  stages: { stageId: number; key: string; name: string; override: Override | null; effective: StageThresholds }[];
};

const withoutStage = ({ stageId: _s, ...rest }: ThresholdOverride): Override => rest;

export async function stallThresholdSettings(database: Database, orgId: number): Promise<StallThresholdSettings> {
  const [stages, overrides] = await Promise.all([listOpenStages(database.pool, orgId), listThresholdOverrides(database.pool, orgId)]);
  const thresholdsFor = resolveThresholds(stages.map((s) => ({ stageId: s.stageId, ord: s.ord })), overrides);
  const orgRow = overrides.find((o) => o.stageId === null);
  return {
    org: orgRow ? withoutStage(orgRow) : null,
    stages: stages.map((s) => {
      const own = overrides.find((o) => o.stageId === s.stageId);
      return { stageId: s.stageId, key: s.key, name: s.name, override: own ? withoutStage(own) : null, effective: thresholdsFor(s.stageId) };
    }),
  };
}

/** Sets (or, with every value null, clears) the overrides of an open stage or of the org. */
export async function setStallThresholds(
  database: Database, orgId: number, userId: number | null, row: ThresholdOverride,
): Promise<{ ok: true; value: StallThresholdSettings } | { ok: false; code: 'unprocessable'; message: string }> {
  if (row.stageId !== null) {
    const stages = await listOpenStages(database.pool, orgId);
    if (!stages.some((s) => s.stageId === row.stageId)) return { ok: false, code: 'unprocessable', message: `No open stage #${row.stageId}.` };
  }
  await saveThresholdOverride(database.pool, orgId, row, userId);
  return { ok: true, value: await stallThresholdSettings(database, orgId) };
}
