// Finds the outcome and vague phrases of specify-phrases.ts in a Specify text, with the
// two exceptions that keep good coaching notes quiet: numbers on the customer's side,
// and vague words followed by a concrete action in the same sentence.
import { normalizeText, splitSentences, tokenize } from './normalize-specify-text.ts';
import {
  CUSTOMER_WORDS, FILLER_WORDS, OUTCOME_PATTERNS, RESULT_PERCENT_PATTERN, STOPWORDS, VAGUE_PATTERNS,
} from './specify-phrases.ts';

type Match = { text: string; start: number; end: number };

// A sentence with a vague phrase is still specific when this many concrete words remain
// (e.g. "challenge the CFO's belief that downtime is free" keeps cfo, belief, downtime, free).
export const CONCRETE_WORDS_NEEDED = 4;

const bounded = (patterns: readonly RegExp[]): RegExp[] =>
  patterns.map((p) => new RegExp(`\\b(?:${p.source})\\b`, 'g'));
const OUTCOME_REGEXES = bounded(OUTCOME_PATTERNS);
const VAGUE_REGEXES = bounded(VAGUE_PATTERNS);

function findAll(regexes: readonly RegExp[], normalized: string): Match[] {
  return regexes.flatMap((re) => [...normalized.matchAll(re)]
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length })));
}

/** True when one of the `count` words before `start` (or the match itself) names the customer. */
function isAboutCustomer(normalized: string, match: Match, count: number, includeMatch: boolean): boolean {
  const before = tokenize(normalized.slice(0, match.start)).slice(-count);
  const words = includeMatch ? [...before, ...tokenize(match.text)] : before;
  return words.some((w) => CUSTOMER_WORDS.has(w));
}

function outcomeMatches(normalized: string): Match[] {
  const phrases = findAll(OUTCOME_REGEXES, normalized).filter((m) => !isAboutCustomer(normalized, m, 2, false));
  const percents = findAll([RESULT_PERCENT_PATTERN], normalized).filter((m) => !isAboutCustomer(normalized, m, 3, true));
  return [...phrases, ...percents];
}

/** Distinct phrases in text order; a phrase inside a longer one ("quota" in "hit your quota") is dropped. */
function distinctPhrases(matches: readonly Match[]): string[] {
  const kept = matches.filter((m) => !matches.some((o) => o !== m && o.start <= m.start && o.end >= m.end
    && (o.end - o.start > m.end - m.start || o.start < m.start)));
  const sorted = [...kept].sort((a, b) => a.start - b.start);
  return [...new Set(sorted.map((m) => m.text))];
}

export function findOutcomePhrases(text: string): string[] {
  return distinctPhrases(outcomeMatches(normalizeText(text)));
}

function countConcreteWords(sentence: string, remove: readonly Match[]): number {
  let rest = sentence;
  // Blank out from the end so earlier offsets stay valid.
  for (const m of [...remove].sort((a, b) => b.start - a.start)) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  return tokenize(rest).filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !FILLER_WORDS.has(w)).length;
}

/** Vague phrases whose sentence, without them and without outcome talk, says too little. */
export function findUnsupportedVaguePhrases(text: string): string[] {
  const found: Match[] = [];
  let offset = 0;
  for (const sentence of splitSentences(text)) {
    const vague = findAll(VAGUE_REGEXES, sentence);
    if (vague.length > 0 && countConcreteWords(sentence, [...vague, ...outcomeMatches(sentence)]) < CONCRETE_WORDS_NEEDED) {
      found.push(...vague.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset })));
    }
    offset += sentence.length + 1;
  }
  return distinctPhrases(found);
}
