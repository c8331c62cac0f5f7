// Ensures the process stages exist: listed open stages are created when their key is
// missing (existing stages keep their names and positions: the org may have edited
// them), and the outcome stages always exist.
import type { StageRecord } from '../../core/crm/records.ts';
import type { ImportContext } from './import-context.ts';
import type { EntityCounts } from './upsert-counted.ts';
import { seedDefaultGuide } from './seed-default-guide.ts';

const OUTCOME_STAGES: StageRecord[] = [
  { key: 'won', name: 'Won', position: 100, kind: 'won' },
  { key: 'lost', name: 'Lost', position: 101, kind: 'lost' },
  { key: 'no_decision', name: 'No decision', position: 102, kind: 'no_decision' },
];

export async function writeStages(ctx: ImportContext, process: StageRecord[]): Promise<EntityCounts> {
  const all = [...process, ...OUTCOME_STAGES.filter((o) => !process.some((p) => p.key === o.key))];
  const { rows } = await ctx.client.query<{ created: number }>(
    `WITH ins AS (
       INSERT INTO stages (org_id, key, name, position, kind, expected_days)
       SELECT $1, key, name, position, kind, expected_days
       FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::int[]) AS s(key, name, position, kind, expected_days)
       ON CONFLICT (org_id, key) DO NOTHING
       RETURNING 1)
     SELECT count(*)::int AS created FROM ins`,
    [ctx.orgId, all.map((s) => s.key), all.map((s) => s.name), all.map((s) => s.position),
      all.map((s) => s.kind), all.map((s) => s.expectedDays ?? null)],
  );
  const created = rows[0]!.created;
  if (created > 0) await seedDefaultGuide(ctx.client, ctx.orgId);
  return { created, updated: 0, unchanged: all.length - created };
}
