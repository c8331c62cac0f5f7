import { describe, expect, it } from 'vitest';
import { LENSES, OBSTACLE_CATEGORIES } from './innovation-terms.ts';
import { FITTED_PROMPTS, lensPrompts } from './lens-prompts.ts';
import { LENS_DEFINITIONS } from './lenses.ts';

describe('lensPrompts', () => {
  it('lists the nine lenses in SCAMMPERR order, each with one or two general prompts', () => {
    expect(LENS_DEFINITIONS.map((d) => d.lens)).toEqual([...LENSES]);
    expect(lensPrompts(null).map((l) => l.name)).toEqual(
      ['Substitute', 'Combine', 'Adapt', 'Magnify', 'Modify', 'Put to other uses', 'Eliminate', 'Rearrange', 'Reverse']);
    for (const def of LENS_DEFINITIONS) expect(def.general.length).toBeGreaterThanOrEqual(1);
    for (const def of LENS_DEFINITIONS) expect(def.general.length).toBeLessThanOrEqual(2);
  });

  it.each(OBSTACLE_CATEGORIES.map((c) => [c]))('has at least one fitted prompt per lens for %s, after the general ones', (category) => {
    const lenses = lensPrompts(category);
    for (const [i, lens] of lenses.entries()) {
      const general = LENS_DEFINITIONS[i]!.general;
      expect(lens.prompts.slice(0, general.length)).toEqual(general);
      expect(lens.prompts.length).toBeGreaterThan(general.length);
      expect(lens.prompts.slice(general.length)).toEqual(FITTED_PROMPTS[category][lens.lens]);
    }
  });

  it('never repeats a prompt, and every prompt is a question', () => {
    const all = [...LENS_DEFINITIONS.flatMap((d) => d.general), ...OBSTACLE_CATEGORIES.flatMap((c) => LENSES.flatMap((l) => FITTED_PROMPTS[c][l]))];
    expect(all.length).toBeGreaterThanOrEqual(9 + 9 * 8);
    expect(new Set(all).size).toBe(all.length);
    for (const prompt of all) expect(prompt.endsWith('?')).toBe(true);
  });
});
