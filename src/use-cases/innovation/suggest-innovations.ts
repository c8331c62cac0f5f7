// The past innovations most relevant to a deal (SPEC §4.10): same segment and obstacle first,
// then text relevance against the deal's obstacle, name and stage (src/core/innovation/rank-suggestions.ts).
import type { InnovationSuggestion } from '../../contract/innovation.ts';
import type { Viewer } from '../../core/access/viewer.ts';
import { OBSTACLE_LABELS } from '../../core/innovation/innovation-terms.ts';
import { matchedWords } from '../../core/innovation/highlight-parts.ts';
import { explainSuggestion, rankSuggestions } from '../../core/innovation/rank-suggestions.ts';
import type { Database } from '../../db/client.ts';
import { listCoCreations, type ObstacleCategoryValue } from '../../db/innovation/co-creation-rows.ts';
import { innovationsByIds, markSharedWords, suggestionCandidates } from '../../db/innovation/innovation-library.ts';
import { visibleIds } from '../analytics/analytics-access.ts';
import { toInnovationItem } from './innovation-views.ts';

export type Suggestions = { dealId: number; obstacleCategory: ObstacleCategoryValue | null; segment: string | null; items: InnovationSuggestion[] };

/** The viewer may see the deal (checked by the caller). */
export async function suggestInnovations(database: Database, viewer: Viewer, dealId: number, limit: number): Promise<Suggestions> {
  const db = database.pool;
  const { orgId } = viewer;
  const [{ rows: [deal] }, sessions] = await Promise.all([
    db.query<{ name: string; segment: string | null; stageName: string }>(`
      SELECT o.name, coalesce(o.segment, a.segment) AS segment, st.name AS "stageName"
      FROM opportunities o JOIN stages st ON st.org_id = o.org_id AND st.id = o.stage_id
      LEFT JOIN accounts a ON a.org_id = o.org_id AND a.id = o.account_id
      WHERE o.org_id = $1 AND o.id = $2`, [orgId, dealId]),
    listCoCreations(db, orgId, { dealId, ownerIds: null }),
  ]);
  const latest = sessions.find((s) => s.obstacleCategory !== null) ?? null;
  const obstacleCategory = latest?.obstacleCategory ?? null;
  const text = [latest?.obstacle, obstacleCategory ? OBSTACLE_LABELS[obstacleCategory] : null, deal!.name, deal!.stageName]
    .filter(Boolean).join(' ');
  const candidates = await suggestionCandidates(db, orgId, { segment: deal!.segment, obstacle: obstacleCategory, text });
  const ranked = rankSuggestions(candidates, { dealId, segment: deal!.segment, obstacleCategory }, limit);
  const ids = ranked.map((r) => r.id);
  const [rows, owners, marked] = await Promise.all([
    innovationsByIds(db, orgId, ids), visibleIds(database, viewer), markSharedWords(db, orgId, ids, text),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const candidateOf = new Map(candidates.map((c) => [c.id, c]));
  const target = { dealId, segment: deal!.segment, obstacleCategory };
  return {
    dealId, obstacleCategory, segment: deal!.segment,
    items: ranked.map((r) => {
      const candidate = candidateOf.get(r.id)!;
      const sharedWords = matchedWords(marked.get(r.id));
      return {
        ...toInnovationItem({ ...byId.get(r.id)!, rank: candidate.textRank }, owners),
        match: r.match, why: explainSuggestion(r.match, { ...candidate, sharedWords }, target),
      };
    }),
  };
}
