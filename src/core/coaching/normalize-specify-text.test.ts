import { describe, expect, it } from 'vitest';
import { normalizeText, splitSentences, stemWord } from './normalize-specify-text.ts';

describe('normalizeText', () => {
  it.each([
    ['“Hit YOUR number!”', 'hit your number'],
    ['Customer’s value-drivers', 'customer value drivers'],
    ['Réduire   les coûts', 'reduire les couts'],
    ['up 2.5% (QoQ)', 'up 2 5% qoq'],
  ])('%s -> %s', (input, expected) => expect(normalizeText(input)).toBe(expected));
});

describe('splitSentences', () => {
  it('splits on full stops and new lines, not on colons or decimal points', () => {
    expect(splitSentences('Be proactive: send it. Up 2.5% now!\nNext')).toEqual(['be proactive send it', 'up 2 5% now', 'next']);
  });
});

describe('stemWord', () => {
  it.each([
    ['quantifies', 'quantify'], ['mapping', 'maps'], ['reframing', 'reframe'], ['stakeholders', 'stakeholder'],
    ['businesses', 'business'], ['tailored', 'tailors'], ['values', 'value'],
  ])('%s and %s share a stem', (a, b) => expect(stemWord(a)).toBe(stemWord(b)));
});
