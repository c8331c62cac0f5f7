import { describe, expect, it } from 'vitest';
import { behaviourKeyFor, sameText } from './guide-edits.ts';

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
