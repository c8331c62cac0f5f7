// `coachboard innovations [--q TEXT] [--segment S] [--obstacle CATEGORY] [--limit N] [--json]`:
// search the innovation library as the API does (docs/innovation.md, docs/cli.md).
import type { Command } from 'commander';
import { z } from 'zod';
import type { InnovationListItem } from '../contract/innovation.ts';
import type { Viewer } from '../core/access/viewer.ts';
import { OBSTACLE_CATEGORIES, OBSTACLE_LABELS } from '../core/innovation/innovation-terms.ts';
import { ensureOrg } from '../db/queries/orgs.ts';
import { browseLibrary } from '../use-cases/innovation/innovation-library.ts';
import { withDatabase } from './open-for-cli.ts';
import { CliError, formatTable, printJson } from './print.ts';

const Flags = z.object({
  q: z.string().trim().max(200).optional(),
  segment: z.string().trim().max(100).optional(),
  obstacle: z.enum(OBSTACLE_CATEGORIES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(20),
  json: z.boolean().optional(),
  db: z.string().optional(),
});

export function registerInnovations(program: Command): void {
  program.command('innovations')
    .description('search the innovation library (full text), filtered by segment and obstacle')
    .option('--q <text>', 'words, "a phrase", -without, or')
    .option('--segment <segment>', 'only this segment (any case)')
    .option('--obstacle <category>', `only this obstacle: ${OBSTACLE_CATEGORIES.join(', ')}`)
    .option('--limit <n>', 'at most this many (default 20)')
    .option('--json', 'print one JSON document')
    .option('--db <url-or-folder>', 'database: postgres:// URL or embedded folder')
    .action(async (raw: Record<string, unknown>) => {
      const parsed = Flags.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new CliError(`--${issue.path.join('.')}: ${issue.message}`, 2);
      }
      const flags = parsed.data;
      const found = await withDatabase(flags.db, 'innovations', async (database) => {
        // The CLI runs with the database's full rights, like an admin.
        const viewer: Viewer = { userId: 0, orgId: await ensureOrg(database.pool), role: 'admin', personId: null };
        return browseLibrary(database, viewer, { q: flags.q, segment: flags.segment, obstacle: flags.obstacle, page: 1, pageSize: flags.limit });
      });
      const document = { q: flags.q ?? null, segment: flags.segment ?? null, obstacle: flags.obstacle ?? null, total: found.total, innovations: found.items };
      if (flags.json) printJson(document);
      else console.log(formatInnovations(found.items, found.total));
    });
}

function formatInnovations(items: readonly InnovationListItem[], total: number): string {
  if (items.length === 0) return 'No innovation matches.';
  const lines = [`${total.toLocaleString('en-US')} innovation${total === 1 ? '' : 's'}${items.length < total ? ` (the first ${items.length})` : ''}`, ''];
  const table = formatTable(['#', 'title', 'segment', 'obstacle', 'result', 'reused'],
    items.map((i) => [i.id, i.title, i.segment ?? '', OBSTACLE_LABELS[i.obstacleCategory], i.result, i.useCount])).split('\n');
  lines.push(table[0]!, table[1]!);
  items.forEach((item, k) => {
    lines.push(table[k + 2]!);
    const extract = item.snippet ? item.snippet.map((p) => (p.match ? `*${p.text}*` : p.text)).join('') : null;
    if (extract) lines.push(`    ${extract}`);
    lines.push(`    Lesson: ${item.lesson}`);
  });
  return lines.join('\n');
}
