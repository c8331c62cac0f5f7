// Re-importing an export (`coachboard export`, then `coachboard import <folder>`) brings back the
// org's coaching guide as well as its data: the behaviours, starter questions and stage
// conversion targets the admin edited (docs/coaching-guide.md). Runs after the data import,
// in its own transaction. An org whose guide was edited here keeps its guide (an import never
// overwrites an admin's edits); a behaviour managers have rated is never deleted.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ImportProblem, ImportReport } from '../../contract/api.ts';
import type { Database } from '../../db/client.ts';
import {
  deleteBehavioursNotIn, guideEditedHere, replaceConversionTargets, replaceQuestions, upsertBehaviours,
} from '../../db/queries/coaching-guide-restore.ts';
import { inTransaction } from '../../db/in-transaction.ts';
import { bumpDataVersion } from '../../db/queries/coaching-guide-writes.ts';
import { ensureOrg } from '../../db/queries/orgs.ts';
import { recordGuideChange } from './guide-edits.ts';

const text = z.string().trim().min(1);
const ExportedGuide = z.object({
  behaviours: z.array(z.object({
    stage: text, key: text, name: text.max(80), description: z.string().max(240).nullable().transform((v) => v ?? ''), position: z.number().int(),
  })).refine((rows) => new Set(rows.map((r) => r.key)).size === rows.length, 'a behaviour key is listed twice'),
  starterQuestions: z.array(z.object({ stage: text, behaviour: z.string().nullable(), text: text.max(200), position: z.number().int() })),
  stageTargets: z.array(z.object({ stage: text, conversionTarget: z.number().gt(0).max(1) })),
});
type ExportedGuide = z.infer<typeof ExportedGuide>;

const FILES = { behaviours: 'behaviours.json', starterQuestions: 'starter-questions.json', stageTargets: 'stage-targets.json' } as const;

const problem = (file: string, message: string): ImportProblem => ({ file, line: null, column: null, value: null, message });

/** The guide files of a Coachboard export folder; null when `input` is not one, or an export made before guides were exported. */
async function readExportedGuide(input: string): Promise<{ guide: ExportedGuide } | { problem: ImportProblem } | null> {
  if (!(await stat(input).catch(() => null))?.isDirectory()) return null;
  const manifest = await readFile(join(input, 'manifest.json'), 'utf8').then((t) => JSON.parse(t) as { format?: unknown }, () => null);
  if (manifest?.format !== 'coachboard-export') return null;
  const raw: Record<string, unknown> = {};
  for (const [name, file] of Object.entries(FILES)) {
    const content = await readFile(join(input, file), 'utf8').catch(() => null);
    if (content === null) return null;
    try {
      raw[name] = JSON.parse(content);
    } catch {
      return { problem: problem(file, `${file} is not valid JSON: the coaching guide was not restored.`) };
    }
  }
  const parsed = ExportedGuide.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const file = FILES[issue.path[0] as keyof typeof FILES] ?? 'behaviours.json';
    return { problem: problem(file, `${issue.path.slice(1).join('.')}: ${issue.message}; the coaching guide was not restored.`) };
  }
  return { guide: parsed.data };
}

/**
 * After a committed import of a Coachboard export, gives the org the export's coaching guide.
 * Returns the report with a warning when the guide was kept or only partly restored.
 */
export async function restoreExportedGuide(database: Database, input: string, report: ImportReport): Promise<ImportReport> {
  if (report.dryRun || report.errors.length > 0) return report;
  const exported = await readExportedGuide(input);
  if (exported === null) return report;
  if ('problem' in exported) return { ...report, warnings: [...report.warnings, exported.problem] };
  const { guide } = exported;
  const orgId = await ensureOrg(database.pool);
  const warnings = await inTransaction(database.pool, async (client): Promise<ImportProblem[]> => {
    if (await guideEditedHere(client, orgId)) {
      return [problem(FILES.behaviours, 'The coaching guide has been edited in this database: it was kept, and the export\'s guide was not applied.')];
    }
    const written = await upsertBehaviours(client, orgId, guide.behaviours);
    const kept = await deleteBehavioursNotIn(client, orgId, guide.behaviours.map((b) => b.key));
    const questions = await replaceQuestions(client, orgId, guide.starterQuestions);
    const targets = await replaceConversionTargets(client, orgId, guide.stageTargets);
    await bumpDataVersion(client, orgId);
    await recordGuideChange(client, { orgId, userId: null }, 'restored_from_export', { behaviours: written, questions, targets, kept });
    const out: ImportProblem[] = [];
    const lost = guide.behaviours.length - written + guide.starterQuestions.length - questions + guide.stageTargets.length - targets;
    if (lost > 0) out.push(problem(FILES.behaviours, `${lost} guide entr${lost === 1 ? 'y names a stage' : 'ies name stages'} this process does not have; left out.`));
    if (kept.length > 0) out.push(problem(FILES.behaviours, `Kept ${kept.length} behaviour(s) the export does not have, because managers have rated them: ${kept.join(', ')}.`));
    return out;
  });
  return warnings.length === 0 ? report : { ...report, warnings: [...report.warnings, ...warnings] };
}
