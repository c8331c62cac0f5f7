// People: upserted by external id; managers resolved by external id or exact name, and
// people named only as managers are created as managers (SPEC §4.1).
import type { PersonRecord } from '../../core/crm/records.ts';
import type { RecordStream } from '../../importers/import-plan.ts';
import type { ImportContext } from './import-context.ts';
import { reportDuplicates, reportRows } from './problem-queries.ts';
import { buildPersonLookup } from './reference-lookups.ts';
import { createStagingTable, stageRecords, type StagingColumn } from './staging-table.ts';
import type { EntityCounts } from './upsert-counted.ts';

const COLUMNS: StagingColumn<PersonRecord>[] = [
  { name: 'external_id', type: 'text', value: (r) => r.externalId },
  { name: 'name', type: 'text', value: (r) => r.name },
  { name: 'role', type: 'text', value: (r) => r.role },
  { name: 'manager_ref', type: 'text', value: (r) => r.managerRef },
  { name: 'email', type: 'text', value: (r) => r.email },
  { name: 'title', type: 'text', value: (r) => r.title },
  { name: 'team', type: 'text', value: (r) => r.team },
  { name: 'region', type: 'text', value: (r) => r.region },
  { name: 'hired_at', type: 'date', value: (r) => r.hiredAt },
  { name: 'active', type: 'bool', value: (r) => r.active ?? true },
];

export async function writePeople(ctx: ImportContext, stream: RecordStream<PersonRecord>): Promise<EntityCounts> {
  const { client, orgId, source, sink } = ctx;
  await createStagingTable(client, 'stg_people', COLUMNS);
  await stageRecords(client, 'stg_people', COLUMNS, stream(), (n) => ctx.progress?.('people', n), ctx.copyInto);
  await reportDuplicates(client, 'stg_people', 'external_id', 'externalId', sink.error);

  // Managers named in the file but not present anywhere: create them as managers.
  const { rows: created } = await client.query<{ name: string; line: number; file: string }>(
    `WITH missing AS (
       SELECT DISTINCT ON (manager_ref) manager_ref AS name, line, file FROM stg_people s
       WHERE manager_ref IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM stg_people o WHERE o.external_id = s.manager_ref OR o.name = s.manager_ref)
         AND NOT EXISTS (SELECT 1 FROM people p WHERE p.org_id = $1 AND (p.external_id = s.manager_ref OR p.name = s.manager_ref))
       ORDER BY manager_ref, line)
     INSERT INTO stg_people (line, file, external_id, name, role, active)
     SELECT line, file, name, name, 'manager', true FROM missing RETURNING name, line, file`,
    [orgId],
  );
  for (const m of created) {
    sink.warning({ file: m.file, line: m.line, column: 'manager', value: m.name,
      message: `manager ${JSON.stringify(m.name)} is not in the people file: created as a manager with no other details` });
  }

  // Record which people each pass touched, so a person whose only change is their manager
  // counts once, as updated.
  await client.query('CREATE TEMP TABLE people_touched (external_id text, inserted bool) ON COMMIT DROP');
  await client.query(
    `WITH up AS (
       INSERT INTO people (org_id, external_id, source, name, role, email, title, team, region, hired_at, active)
       SELECT DISTINCT ON (external_id) $1::int, external_id, $2::text, name, role, email, title, team, region, hired_at, active
       FROM stg_people ORDER BY external_id, line
       ON CONFLICT (org_id, external_id) DO UPDATE SET
         name = EXCLUDED.name, role = EXCLUDED.role, email = EXCLUDED.email, title = EXCLUDED.title,
         team = EXCLUDED.team, region = EXCLUDED.region, hired_at = EXCLUDED.hired_at, active = EXCLUDED.active
       WHERE (people.name, people.role, people.email, people.title, people.team, people.region, people.hired_at, people.active)
         IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.role, EXCLUDED.email, EXCLUDED.title, EXCLUDED.team, EXCLUDED.region, EXCLUDED.hired_at, EXCLUDED.active)
       RETURNING external_id, (xmax = 0) AS inserted)
     INSERT INTO people_touched SELECT external_id, inserted FROM up`,
    [orgId, source],
  );
  await buildPersonLookup(client, orgId);
  await client.query(
    `WITH changed AS (
       UPDATE people p SET manager_id = m.id
       FROM stg_people s JOIN ref_person m ON m.ref = s.manager_ref
       WHERE p.org_id = $1 AND p.external_id = s.external_id AND p.id <> m.id
         AND p.manager_id IS DISTINCT FROM m.id
       RETURNING p.external_id)
     INSERT INTO people_touched SELECT external_id, false FROM changed`,
    [orgId],
  );
  // A reporting loop (A reports to B, B to A) would make every team view ill-defined.
  await reportRows(client, {
    select: `WITH RECURSIVE walk(start_id, id, depth) AS (
               SELECT id, manager_id, 1 FROM people WHERE org_id = $1 AND manager_id IS NOT NULL
               UNION ALL
               SELECT w.start_id, p.manager_id, w.depth + 1 FROM walk w
               JOIN people p ON p.org_id = $1 AND p.id = w.id
               WHERE p.manager_id IS NOT NULL AND w.id <> w.start_id AND w.depth < 100)
             SELECT s.line, s.file, s.manager_ref AS value FROM stg_people s
             JOIN people p ON p.org_id = $1 AND p.external_id = s.external_id
             WHERE p.id IN (SELECT start_id FROM walk WHERE id = start_id)`,
    params: [orgId],
  }, 'manager', (v) => `manager ${JSON.stringify(v)} makes a reporting loop (someone ends up managing themself)`, sink.error);

  const { rows } = await client.query<{ total: number; created: number; updated: number }>(
    `SELECT (SELECT count(DISTINCT external_id) FROM stg_people)::int AS total,
            count(DISTINCT external_id) FILTER (WHERE inserted)::int AS created,
            (count(DISTINCT external_id) - count(DISTINCT external_id) FILTER (WHERE inserted))::int AS updated
     FROM people_touched`,
  );
  const { total, created: made, updated } = rows[0]!;
  return { created: made, updated, unchanged: total - made - updated };
}
