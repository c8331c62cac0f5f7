import { describe, expect, it } from 'vitest';
import { behaviourKeyFor, orderProblem, sameText } from './guide-edits.ts';

describe('behaviourKeyFor', () => {
  it.each<[string, string, string]>([
    ['discover', 'Maps the buyers!', 'discover.maps-the-buyers'],
    ['needs_analysis', '  Quantifies   the pain ', 'needs_analysis.quantifies-the-pain'],
    ['engaging', 'Crée un plan d’action', 'engaging.cree-un-plan-d-action'],
    ['close', '!!!', 'close.behaviour'],
    ['close', 'Keeps several stakeholders engaged until the very last signature is on paper', 'close.keeps-several-stakeholders-engaged-until-the'],
  ])('%s + "%s" -> %s', (stage, name, key) => {
    expect(behaviourKeyFor(stage, name)).toBe(key);
    expect(key).toMatch(new RegExp(`^${stage}\\.[a-z0-9]+(?:[-_][a-z0-9]+)*$`));
  });
});

describe('sameText', () => {
  it.each<[string, string, boolean]>([
    ['Who signs?', 'who  SIGNS?', true],
    ['Crée', 'cree', true],
    [' Who signs? ', 'Who signs?', true],
    ['Who signs?', 'Who signs', false],
  ])('"%s" vs "%s": %s', (a, b, same) => {
    expect(sameText(a, b)).toBe(same);
  });
});

describe('orderProblem', () => {
  it.each<[number[], number[], string | null]>([
    [[1, 2, 3], [3, 1, 2], null],
    [[], [], null],
    [[1, 2, 3], [1, 2], 'missing: #3'],
    [[1, 2], [1, 2, 9], 'not of this stage: #9'],
    [[1, 2], [1, 1, 2], 'some listed twice'],
    [[1, 2, 3], [1, 1, 7], 'not of this stage: #7; missing: #2, #3; some listed twice'],
  ])('%j reordered as %j: %s', (current, ids, problem) => {
    expect(orderProblem(current, ids)).toBe(problem);
  });
});
