import { describe, expect, it } from 'vitest';
import { MATCH_START as S, MATCH_STOP as E, matchedWords, splitHighlight } from './highlight-parts.ts';

describe('splitHighlight', () => {
  it.each([
    ['no match at all', [{ text: 'no match at all', match: false }]],
    [`the ${S}pilot${E} ran`, [{ text: 'the ', match: false }, { text: 'pilot', match: true }, { text: ' ran', match: false }]],
    [`${S}budget${E}`, [{ text: 'budget', match: true }]],
    [`${S}a${E}${S}b${E} c`, [{ text: 'ab', match: true }, { text: ' c', match: false }]],
    ['<b>not html</b>', [{ text: '<b>not html</b>', match: false }]],
  ])('splits %j', (marked, parts) => {
    expect(splitHighlight(marked)).toEqual(parts);
  });
});

describe('matchedWords', () => {
  it.each([
    [null, []],
    ['nothing marked', []],
    [`${S}Budget${E} is gone; the ${S}budget${E} ${S}owner${E} waits`, ['budget', 'owner']],
  ])('finds the marked words in %j', (marked, words) => {
    expect(matchedWords(marked)).toEqual(words);
  });
});

