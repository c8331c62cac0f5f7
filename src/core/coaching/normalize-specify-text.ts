// Text normalisation for the Specify check: every rule matches against the same
// lowercase, accent-free, punctuation-free form, so curly quotes, "Customer’s",
// "CUSTOMER'S" and "customers" all read alike, and every warning is reproducible.

/** Lowercase words separated by single spaces; keeps digits and % (percentages matter). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
    // "customer's" -> "customer", then any other apostrophe joins its word ("don't" -> "dont").
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

// Sentences of the raw text, each normalised. A colon or semicolon does not end one: "Be
// proactive: send the plan by Friday" is one instruction. A full stop inside "2.5%" neither.
export function splitSentences(text: string): string[] {
  return text
    .split(/[.!?]+(?=\s|$)|[\n\u2022]+/)
    .map(normalizeText)
    .filter((s) => s.length > 0);
}

export function tokenize(normalized: string): string[] {
  return normalized.split(' ').filter((w) => w.length > 0);
}

// Light suffix stripping, enough for "quantifies/quantify", "maps/mapping",
// "reframe/reframes/reframing". Not a full Porter stemmer: the guide's vocabulary is small.
const SUFFIXES: readonly [string, string][] = [
  ['ies', 'i'], ['ied', 'i'], ['ing', ''], ['ed', ''], ['es', ''], ['ly', ''], ['s', ''],
];

export function stemWord(word: string): string {
  let stem = word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (!stem.endsWith(suffix)) continue;
    // "business" and "process" keep their double s; short words keep their ending.
    if (suffix === 's' && stem.endsWith('ss')) break;
    const candidate = stem.slice(0, -suffix.length) + replacement;
    if (candidate.length >= 3) stem = candidate;
    break;
  }
  if (stem.length > 3 && stem.endsWith('y')) stem = `${stem.slice(0, -1)}i`;
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  // "mapp" (from mapping) -> "map"; but keep "ll"/"ss" words such as "sell", "pass".
  const last = stem.at(-1);
  if (stem.length > 3 && last && last === stem.at(-2) && !'lsaeiou'.includes(last)) stem = stem.slice(0, -1);
  return stem;
}
