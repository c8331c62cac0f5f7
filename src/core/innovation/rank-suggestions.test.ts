import { describe, expect, it } from 'vitest';
import { rankSuggestions, type SuggestionCandidate, type SuggestionTarget } from './rank-suggestions.ts';

const candidate = (id: number, over: Partial<SuggestionCandidate>): SuggestionCandidate => ({
  id, segment: 'Enterprise', obstacleCategory: 'price_budget', textRank: 0, useCount: 0, createdAt: '2026-05-01T00:00:00Z', sourceDealId: null, ...over,
});
const TARGET: SuggestionTarget = { dealId: 99, segment: 'Enterprise', obstacleCategory: 'price_budget' };

const POOL = [
  candidate(1, { segment: 'SMB', obstacleCategory: 'timing', textRank: 0 }), // nothing in common: left out
  candidate(2, { segment: 'SMB', obstacleCategory: 'timing', textRank: 0.3 }), // text only
  candidate(3, { segment: 'enterprise', obstacleCategory: 'timing' }), // segment (case-insensitive)
  candidate(4, { segment: 'SMB' }), // obstacle
  candidate(5, { textRank: 0.1 }), // segment and obstacle
  candidate(6, { textRank: 0.1, useCount: 3 }), // segment and obstacle, reused more
  candidate(7, { textRank: 0.5 }), // segment and obstacle, closest words
  candidate(8, { sourceDealId: 99 }), // from this very deal: left out
];

describe('rankSuggestions', () => {
  it('puts same segment and obstacle first, then obstacle, segment, text; text rank, reuse, newest within', () => {
    expect(rankSuggestions(POOL, TARGET, 10).map((s) => [s.id, s.match])).toEqual([
      [7, 'segment_and_obstacle'], [6, 'segment_and_obstacle'], [5, 'segment_and_obstacle'], [4, 'obstacle'], [3, 'segment'], [2, 'text'],
    ]);
  });

  it('without an obstacle yet, orders by segment then text', () => {
    expect(rankSuggestions(POOL, { ...TARGET, obstacleCategory: null }, 10).map((s) => [s.id, s.match]))
      .toEqual([[7, 'segment'], [6, 'segment'], [5, 'segment'], [3, 'segment'], [2, 'text']]);
  });

  it('keeps to the limit and breaks ties by the newest, then id', () => {
    const ties = [candidate(11, {}), candidate(12, { createdAt: '2026-06-01T00:00:00Z' }), candidate(10, {})];
    expect(rankSuggestions(ties, TARGET, 2).map((s) => s.id)).toEqual([12, 10]);
  });

  it.each([
    [candidate(6, { textRank: 0.1, useCount: 3 }), 'Same segment (Enterprise) and the same obstacle (price or budget); its words are close to this deal\'s too; reused 3 times.'],
    [candidate(4, { segment: 'SMB', useCount: 1 }), 'The same obstacle (price or budget), in SMB; reused 1 time.'],
    [candidate(3, { obstacleCategory: 'timing' }), 'The same segment (Enterprise), a different obstacle (timing).'],
    [candidate(2, { segment: null, obstacleCategory: 'timing', textRank: 0.2 }), 'Its words are close to this deal\'s obstacle.'],
    [candidate(2, { segment: null, obstacleCategory: 'timing', textRank: 0.2, sharedWords: ['budget', 'freeze', 'owner', 'cfo'] }),
      'Shares "budget", "freeze" and "owner" with this deal\'s obstacle.'],
    [candidate(7, { textRank: 0.2, sharedWords: ['pilot'] }), 'Same segment (Enterprise) and the same obstacle (price or budget); shares "pilot".'],
  ])('explains why (%#)', (c, why) => {
    expect(rankSuggestions([c], TARGET, 5)[0]!.why).toBe(why);
  });
});
