// Import use-case: read the files with a preset (importers), write them in one
// transaction (db), and return the report. The CLI, the upload page and the demo loader
// all come through here.
import type { ImportReport, Preset } from '../contract/api.ts';
import type { Database } from '../db/client.ts';
import { writeImport } from '../db/import/write-import.ts';
import { recordAudit } from '../db/queries/audit.ts';
import { ensureOrg } from '../db/queries/orgs.ts';
import { restoreExportedGuide } from './coaching/restore-exported-guide.ts';
import type { ImportPlan } from '../importers/import-plan.ts';
import { buildImportPlan } from '../importers/read-import.ts';
import { afterImportCommitted } from './analytics/after-import.ts';
import { collectProblems, type ProblemCollector } from './problem-collector.ts';

export type ImportOptions = {
  preset: Preset;
  mapPath?: string;
  dryRun?: boolean;
  strict?: boolean;
  actorUserId?: number | null;
  progress?: (entity: string, rows: number) => void;
};

export async function runImport(database: Database, input: string, options: ImportOptions): Promise<ImportReport> {
  const problems = collectProblems(options.strict ?? false);
  const plan = await buildImportPlan(input, { preset: options.preset, mapPath: options.mapPath, strict: options.strict }, problems);
  const report = await writePlan(database, plan, problems, {
    dryRun: options.dryRun ?? false,
    actorUserId: options.actorUserId ?? null,
    label: { preset: options.preset, source: input },
    progress: options.progress,
  });
  await afterImportCommitted(database, report); // analytics: VACUUM after a large import, warm the org analysis
  return restoreExportedGuide(database, input, report); // a Coachboard export brings back the org's guide edits
}

export async function writePlan(
  database: Database,
  plan: ImportPlan,
  problems: ProblemCollector,
  options: {
    dryRun: boolean; actorUserId: number | null; label: { preset: string; source: string };
    progress?: (entity: string, rows: number) => void;
  },
): Promise<ImportReport> {
  const orgId = await ensureOrg(database.pool);
  const result = await writeImport(database.pool, plan, {
    orgId,
    dryRun: options.dryRun,
    sink: problems,
    progress: options.progress,
    beforeCommit: async (client, counts) => {
      const report = { dryRun: false, counts, errors: [], warnings: problems.warnings };
      await client.query('INSERT INTO import_runs (org_id, preset, source, report) VALUES ($1, $2, $3, $4)',
        [orgId, options.label.preset, options.label.source, JSON.stringify(report)]);
      await recordAudit(client, orgId, options.actorUserId, 'import', { ...options.label, counts });
    },
  });
  const report: ImportReport = {
    dryRun: options.dryRun, counts: result.counts, errors: problems.errors, warnings: problems.warnings,
  };
  if (!options.dryRun && !result.committed) {
    // A failed import leaves no data, but it is still worth a line in the history.
    await database.pool.query('INSERT INTO import_runs (org_id, preset, source, report) VALUES ($1, $2, $3, $4)',
      [orgId, options.label.preset, options.label.source, JSON.stringify(report)]);
  }
  return report;
}
