import { describe, expect, it } from 'vitest';
import type { Lens } from './innovation-terms.ts';
import { measureOpeningThinking, type ThinkingIdea } from './opening-thinking.ts';

const idea = (lens: Lens, text: string, chosen = false): ThinkingIdea => ({ lens, text, chosen });
const DISCOUNT = idea('modify', 'Offer 10% off the first year');
const PILOT = idea('modify', 'Start with one site as a paid pilot');

describe('measureOpeningThinking', () => {
  it.each([
    ['nothing yet', [], 'investigate', { ideas: 0, lensesUsed: 0, level: 'not_started', allDiscount: false, warnings: [] }],
    ['no ideas while creating', [], 'create', { level: 'not_started', warnings: ['no_ideas'] }],
    ['one discount', [DISCOUNT], 'create', { discountIdeas: 1, allDiscount: true, level: 'narrow', warnings: ['all_discount', 'few_lenses'] }],
    ['discounts through three lenses', [DISCOUNT, idea('reverse', 'Give them 3 months free'), idea('eliminate', 'Waive the setup fee')], 'create',
      { ideas: 3, lensesUsed: 3, discountIdeas: 3, allDiscount: true, level: 'opening', warnings: ['all_discount'] }],
    ['a discount among others', [DISCOUNT, PILOT, idea('combine', 'Tie it to their ERP upgrade')], 'create',
      { ideas: 3, lensesUsed: 2, discountIdeas: 1, allDiscount: false, level: 'narrow', warnings: ['few_lenses'] }],
    ['six lenses, none chosen, sharing', (['substitute', 'combine', 'adapt', 'magnify', 'eliminate', 'reverse'] as Lens[]).map((l) => idea(l, `An idea through ${l}`)), 'share',
      { ideas: 6, lensesUsed: 6, level: 'open', warnings: ['none_chosen'] }],
    ['open and chosen', (['substitute', 'combine', 'adapt', 'magnify', 'modify', 'put_to_other_uses', 'eliminate', 'rearrange', 'reverse'] as Lens[])
      .map((l, i) => idea(l, `An idea through ${l}`, i === 0)), 'share',
    { ideas: 9, chosen: 1, lensesUsed: 9, unusedLenses: [], level: 'open', warnings: [] }],
  ] as const)('%s', (_, ideas, step, expected) => {
    const measured = measureOpeningThinking(ideas, step);
    const { warnings, ...rest } = expected as { warnings: readonly string[] } & Record<string, unknown>;
    expect(measured).toMatchObject(rest);
    expect(measured.warnings.map((w) => w.code)).toEqual(warnings);
    expect(measured.lensesTotal).toBe(9);
    expect(measured.unusedLenses).toHaveLength(9 - measured.lensesUsed);
  });

  it('reads the numbers back in words and names lenses to try', () => {
    const measured = measureOpeningThinking([DISCOUNT, PILOT], 'create');
    expect(measured.reading).toBe('2 ideas through 1 of 9 lenses (1 of them about price): thinking is still narrow; more lenses usually find an option nobody had considered.');
    expect(measured.warnings[0]!.text).toBe('Only 1 of 9 lenses tried. Try Substitute or Combine before choosing.');
  });
});
