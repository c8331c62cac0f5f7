// Opening thinking (SPEC §4.10): how widely a co-creation session has looked — ideas, lenses
// used out of nine, a reading in plain words — and the warnings: every idea a discount or price
// cut, few lenses tried, nothing chosen yet.
import { detectDiscount } from './detect-discount.ts';
import { LENSES, type Lens } from './innovation-terms.ts';
import { lensName } from './lens-prompts.ts';

export type ThinkingIdea = { lens: Lens; text: string; chosen: boolean };
export type ThinkingLevel = 'not_started' | 'narrow' | 'opening' | 'open';
export type ThinkingWarning = { code: 'all_discount' | 'few_lenses' | 'no_ideas' | 'none_chosen'; text: string };

export type OpeningThinking = {
  ideas: number;
  chosen: number;
  lensesUsed: number;
  lensesTotal: 9;
  unusedLenses: Lens[];
  discountIdeas: number;
  allDiscount: boolean;
  level: ThinkingLevel;
  reading: string;
  warnings: ThinkingWarning[];
};

/** Lenses used: 0 not started, 1–2 narrow, 3–5 opening, 6 or more open. */
export const OPEN_LENSES = 6;
export const OPENING_LENSES = 3;

export function measureOpeningThinking(ideas: readonly ThinkingIdea[], step: 'investigate' | 'create' | 'share'): OpeningThinking {
  const used = new Set(ideas.map((i) => i.lens));
  const unusedLenses = LENSES.filter((l) => !used.has(l));
  const discountIdeas = ideas.filter((i) => detectDiscount(i.text).isDiscount).length;
  const chosen = ideas.filter((i) => i.chosen).length;
  const allDiscount = ideas.length > 0 && discountIdeas === ideas.length;
  const level: ThinkingLevel = ideas.length === 0 ? 'not_started'
    : used.size >= OPEN_LENSES ? 'open' : used.size >= OPENING_LENSES ? 'opening' : 'narrow';

  const warnings: ThinkingWarning[] = [];
  if (allDiscount) {
    warnings.push({ code: 'all_discount', text: ideas.length === 1
      ? 'The only idea so far is a discount or price cut. A discount gives margin away without touching what blocks the deal: try another lens.'
      : `All ${ideas.length} ideas are discounts or price cuts. A discount gives margin away without touching what blocks the deal: try a lens that changes the offer, the people or the order of steps.` });
  }
  if (step !== 'investigate' && ideas.length === 0) {
    warnings.push({ code: 'no_ideas', text: 'No ideas yet: pick any lens and write the first thought, however rough.' });
  } else if (step !== 'investigate' && used.size > 0 && used.size < OPENING_LENSES) {
    warnings.push({ code: 'few_lenses', text: `Only ${used.size} of 9 lenses tried. Try ${suggestLenses(unusedLenses)} before choosing.` });
  }
  if (step === 'share' && ideas.length > 0 && chosen === 0) {
    warnings.push({ code: 'none_chosen', text: 'No idea chosen yet: choose at least one to turn into next steps.' });
  }
  return {
    ideas: ideas.length, chosen, lensesUsed: used.size, lensesTotal: 9, unusedLenses, discountIdeas, allDiscount, level,
    reading: readThinking(level, ideas.length, used.size, discountIdeas), warnings,
  };
}

function suggestLenses(unused: readonly Lens[]): string {
  const names = unused.slice(0, 2).map((l) => lensName(l));
  return names.join(' or ');
}

function readThinking(level: ThinkingLevel, ideas: number, lenses: number, discounts: number): string {
  const counted = `${ideas} idea${ideas === 1 ? '' : 's'} through ${lenses} of 9 lenses`;
  const discountNote = discounts > 0 && discounts < ideas ? ` (${discounts} of them about price)` : '';
  switch (level) {
    case 'not_started': return 'No ideas yet.';
    case 'narrow': return `${counted}${discountNote}: thinking is still narrow; more lenses usually find an option nobody had considered.`;
    case 'opening': return `${counted}${discountNote}: the session is opening up; a few more lenses could still surprise you.`;
    case 'open': return `${counted}${discountNote}: wide open thinking; now choose what is worth trying.`;
  }
}
