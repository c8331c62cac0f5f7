import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDE } from './default-guide.ts';
import { suggestDefaultStage } from './suggest-default-stage.ts';

const KEYS = DEFAULT_GUIDE.map((s) => s.stageKey);

describe('suggestDefaultStage', () => {
  it.each<[string, string, string | null]>([
    ['discover', 'Discovery', 'discover'],
    ['prospecting', 'Prospecting', 'prospect'],
    ['engaging', 'Engaging', 'discover'],
    ['qualification', 'Qualification', 'prospect'],
    ['needs_analysis', 'Needs Analysis', 'discover'],
    ['value_proposition', 'Value Proposition', 'teach'],
    ['id_decision_makers', 'Id. Decision Makers', 'solution'],
    ['perception_analysis', 'Perception Analysis', 'discover'],
    ['proposal_price_quote', 'Proposal/Price Quote', 'proposal'],
    ['negotiation_review', 'Negotiation/Review', 'negotiate'],
    ['contractsent', 'Contract Sent', 'negotiate'],
    ['appointmentscheduled', 'Appointment Scheduled', 'prospect'],
    ['decisionmakerboughtin', 'Decision maker bought-in', 'solution'],
    ['verbal', 'Verbal commit', 'close'],
    ['x9', 'Stage 9', null],
  ])('%s (%s) → %s', (key, name, expected) => {
    expect(suggestDefaultStage({ key, name }, KEYS)).toBe(expected);
  });

  it('suggests only stages the default guide has', () => {
    expect(suggestDefaultStage({ key: 'engaging', name: 'Engaging' }, ['prospect', 'close'])).toBeNull();
  });
});
