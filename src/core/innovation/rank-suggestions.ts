// Which past innovations to suggest for a deal (SPEC §4.10): same segment and obstacle first,
// then same obstacle, then same segment, then text relevance alone; within each, the text
// relevance (ts_rank against the deal's obstacle, name and stage), then reuse, then the newest.
// Each suggestion says why, in words.
import { OBSTACLE_LABELS, type ObstacleCategory } from './innovation-terms.ts';

export type SuggestionMatch = 'segment_and_obstacle' | 'obstacle' | 'segment' | 'text';

export type SuggestionCandidate = {
  id: number;
  segment: string | null;
  obstacleCategory: ObstacleCategory;
  /** ts_rank of the innovation against the deal's text; 0 when nothing matched. */
  textRank: number;
  useCount: number;
  createdAt: string;
  sourceDealId: number | null;
  /** Words of the innovation that matched the deal's text (from ts_headline), when known. */
  sharedWords?: readonly string[];
};

export type SuggestionTarget = { dealId: number; segment: string | null; obstacleCategory: ObstacleCategory | null };
export type RankedSuggestion = { id: number; match: SuggestionMatch; why: string };

const TIER: Record<SuggestionMatch, number> = { segment_and_obstacle: 0, obstacle: 1, segment: 2, text: 3 };
const sameText = (a: string | null, b: string | null) => a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

function matchOf(candidate: SuggestionCandidate, target: SuggestionTarget): SuggestionMatch | null {
  const segment = sameText(candidate.segment, target.segment);
  const obstacle = target.obstacleCategory !== null && candidate.obstacleCategory === target.obstacleCategory;
  if (segment && obstacle) return 'segment_and_obstacle';
  if (obstacle) return 'obstacle';
  if (segment) return 'segment';
  return candidate.textRank > 0 ? 'text' : null;
}

const quoteWords = (words: readonly string[]) => {
  const quoted = words.slice(0, 3).map((w) => `"${w}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
};

/** Why a suggestion is made, in words; names the shared words when they are known. */
export function explainSuggestion(match: SuggestionMatch, candidate: SuggestionCandidate, target: SuggestionTarget): string {
  const obstacle = OBSTACLE_LABELS[candidate.obstacleCategory].toLowerCase();
  const words = candidate.sharedWords ?? [];
  const against = target.obstacleCategory ? 'obstacle' : 'name and stage';
  const parts = [{
    segment_and_obstacle: `Same segment (${candidate.segment}) and the same obstacle (${obstacle})`,
    obstacle: `The same obstacle (${obstacle})${candidate.segment ? `, in ${candidate.segment}` : ''}`,
    segment: `The same segment (${candidate.segment})${target.obstacleCategory ? `, a different obstacle (${obstacle})` : ''}`,
    text: words.length > 0 ? `Shares ${quoteWords(words)} with this deal's ${against}` : `Its words are close to this deal's ${against}`,
  }[match]];
  if (match !== 'text' && candidate.textRank > 0) parts.push(words.length > 0 ? `shares ${quoteWords(words)}` : 'its words are close to this deal\'s too');
  if (candidate.useCount > 0) parts.push(`reused ${candidate.useCount} time${candidate.useCount === 1 ? '' : 's'}`);
  return `${parts.join('; ')}.`;
}

export function rankSuggestions(candidates: readonly SuggestionCandidate[], target: SuggestionTarget, limit: number): RankedSuggestion[] {
  return candidates
    .filter((c) => c.sourceDealId !== target.dealId)
    .map((c) => ({ c, match: matchOf(c, target) }))
    .filter((x): x is { c: SuggestionCandidate; match: SuggestionMatch } => x.match !== null)
    .sort((a, b) => TIER[a.match] - TIER[b.match] || b.c.textRank - a.c.textRank || b.c.useCount - a.c.useCount
      || b.c.createdAt.localeCompare(a.c.createdAt) || a.c.id - b.c.id)
    .slice(0, limit)
    .map(({ c, match }) => ({ id: c.id, match, why: explainSuggestion(match, c, target) }));
}
