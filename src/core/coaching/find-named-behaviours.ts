// Which behaviours of the guide a free text names. Loose on purpose: a manager writes
// "quantify what downtime costs", not "Quantifies the cost of the problem".
import { normalizeText, stemWord, tokenize } from './normalize-specify-text.ts';
import { STOPWORDS } from './specify-phrases.ts';

export type NamedBehaviour = { key: string; name: string };

export type BehaviourMatch = { key: string; name: string; matched: number; of: number };

function significantStems(normalized: string): string[] {
  return tokenize(normalized).filter((w) => !STOPWORDS.has(w)).map(stemWord);
}

/** How many of the behaviour name's significant word stems appear in the text. */
export function scoreBehaviours(text: string, behaviours: readonly NamedBehaviour[]): BehaviourMatch[] {
  const textStems = new Set(significantStems(normalizeText(text)));
  return behaviours.map((b) => {
    const nameStems = [...new Set(significantStems(normalizeText(b.name)))];
    const matched = nameStems.filter((s) => textStems.has(s)).length;
    return { key: b.key, name: b.name, matched, of: nameStems.length };
  });
}

/**
 * A behaviour is named when the text cites its key, or contains at least half of the
 * significant words of its name (stemmed) and at least two of them (one for one-word
 * names). Two shared words such as "cost" + "problem" are rarely a coincidence.
 */
export function findNamedBehaviours(text: string, behaviours: readonly NamedBehaviour[]): string[] {
  const lowered = text.toLowerCase();
  return scoreBehaviours(text, behaviours)
    .filter((m) => lowered.includes(m.key.toLowerCase())
      || (m.of > 0 && m.matched >= Math.min(2, m.of) && m.matched * 2 >= m.of))
    .map((m) => m.key);
}
