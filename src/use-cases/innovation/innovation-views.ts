// Library rows as the API returns them: the source deal opens only for whom may see it, and a
// search extract is split into plain parts and matches.
import type { InnovationListItem } from '../../contract/innovation.ts';
import { splitHighlight } from '../../core/innovation/highlight-parts.ts';
import type { InnovationRow } from '../../db/innovation/innovation-library.ts';

export type OwnerFilter = Set<number> | null;

export const canOpenDeal = (owners: OwnerFilter, ownerId: number | null): boolean => ownerId !== null && (owners === null || owners.has(ownerId));

export function toInnovationItem(row: InnovationRow, owners: OwnerFilter): InnovationListItem {
  return {
    id: row.id, title: row.title, segment: row.segment, obstacleCategory: row.obstacleCategory,
    situation: row.situation, approach: row.approach, lesson: row.lesson, result: row.result,
    author: { id: row.authorId, name: row.authorName },
    sourceDeal: row.sourceDealId === null ? null
      : { id: row.sourceDealId, name: row.sourceDealName ?? '', canOpen: canOpenDeal(owners, row.sourceDealOwnerId) },
    sourceSessionId: row.sourceSessionId, createdAt: row.createdAt, useCount: row.useCount,
    rank: row.rank === null ? null : Math.round(row.rank * 10_000) / 10_000,
    snippet: row.snippet === null ? null : splitHighlight(row.snippet),
  };
}
