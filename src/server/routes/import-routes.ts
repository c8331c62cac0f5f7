// CSV import by upload (admin): the files are written to a private temporary folder
// and imported exactly as `coachboard import <folder>` would.
import { createRoute, z } from '@hono/zod-openapi';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ImportReport, ImportRun, Page, pageOf, Preset } from '../../contract/api.ts';
import { browseImportRuns } from '../../use-cases/browse-crm.ts';
import { runImport } from '../../use-cases/run-import.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { errors, json, tooLarge } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';

export const importRoutes = createRouter();

/** Uploads above this many bytes are refused with 413 (the CLI has no limit). */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

const UploadForm = z.object({
  preset: Preset,
  dryRun: z.enum(['true', 'false']).default('true'),
  strict: z.enum(['true', 'false']).default('false'),
  files: z.union([z.instanceof(File), z.array(z.instanceof(File))]).openapi({ type: 'array', items: { type: 'string', format: 'binary' } }),
  map: z.instanceof(File).optional().openapi({ type: 'string', format: 'binary' }),
});

importRoutes.openapi(createRoute({
  method: 'post', path: '/imports', tags: ['Import'], summary: 'Import CSV files (admin); dryRun previews without writing',
  request: { body: { content: { 'multipart/form-data': { schema: UploadForm } }, required: true } },
  responses: { 200: json(ImportReport, 'The import report; with errors nothing was written'), ...errors, ...tooLarge },
}), async (c) => {
  const guard = requireViewer(c, ['admin']);
  if (!guard.ok) return guard.response;
  const form = c.req.valid('form');
  const files = Array.isArray(form.files) ? form.files : [form.files];
  if (files.length === 0) return apiError(c, 'bad_request', 'Attach at least one CSV file.');
  const folder = await mkdtemp(join(tmpdir(), 'cb-upload-'));
  try {
    for (const file of files) await writeFile(join(folder, basename(file.name)), Buffer.from(await file.arrayBuffer()));
    let mapPath: string | undefined;
    if (form.map) {
      mapPath = join(folder, '.mapping-upload.json');
      await writeFile(mapPath, Buffer.from(await form.map.arrayBuffer()));
    }
    const report = await runImport(c.get('database'), folder, {
      preset: form.preset, mapPath, dryRun: form.dryRun === 'true', strict: form.strict === 'true',
      actorUserId: guard.viewer.userId,
    });
    return c.json(report, 200);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

importRoutes.openapi(createRoute({
  method: 'get', path: '/imports', tags: ['Import'], summary: 'Past import runs (admin)',
  request: { query: Page },
  responses: { 200: json(pageOf(ImportRun), 'A page of import runs'), ...errors },
}), async (c) => {
  const guard = requireViewer(c, ['admin']);
  if (!guard.ok) return guard.response;
  const { page, pageSize } = c.req.valid('query');
  const { items, total } = await browseImportRuns(c.get('database'), guard.viewer, page, pageSize);
  return c.json({ items, total, page, pageSize }, 200);
});
