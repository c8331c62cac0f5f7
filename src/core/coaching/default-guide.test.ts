import { describe, expect, it } from 'vitest';
import { DEFAULT_PROCESS } from '../process/default-process.ts';
import { DEFAULT_GUIDE, listGuideBehaviours } from './default-guide.ts';

const words = (s: string): number => s.trim().split(/\s+/).length;
const openStageKeys = DEFAULT_PROCESS.filter((s) => s.kind === 'open').map((s) => s.key);

describe('DEFAULT_GUIDE', () => {
  it('covers every open stage of the default process, in order', () => {
    expect(DEFAULT_GUIDE.map((s) => s.stageKey)).toEqual(openStageKeys);
  });

  it.each(DEFAULT_GUIDE.map((s) => [s.stageKey, s] as const))('%s has 2–4 behaviours, 2–3 questions, 1–2 KPIs', (_key, stage) => {
    expect(stage.behaviours.length).toBeGreaterThanOrEqual(2);
    expect(stage.behaviours.length).toBeLessThanOrEqual(4);
    expect(stage.questions.length).toBeGreaterThanOrEqual(2);
    expect(stage.questions.length).toBeLessThanOrEqual(3);
    expect(stage.kpis.length).toBeGreaterThanOrEqual(1);
    expect(stage.kpis.length).toBeLessThanOrEqual(2);
  });

  it('has unique behaviour keys, prefixed by their stage, in kebab or snake case', () => {
    const keys = listGuideBehaviours(DEFAULT_GUIDE).map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const stage of DEFAULT_GUIDE) {
      for (const b of stage.behaviours) expect(b.key).toMatch(new RegExp(`^${stage.stageKey}\\.[a-z0-9]+(?:[-_][a-z0-9]+)*$`));
    }
  });

  it('links questions only to behaviours of their own stage', () => {
    for (const stage of DEFAULT_GUIDE) {
      const keys = new Set(stage.behaviours.map((b) => b.key));
      for (const q of stage.questions) if (q.behaviourKey !== undefined) expect(keys).toContain(q.behaviourKey);
    }
  });

  it('keeps names ≤ 8 words, descriptions ≤ 20 words, questions ≤ 18 words (one printed page)', () => {
    for (const b of listGuideBehaviours(DEFAULT_GUIDE)) {
      expect(words(b.name), b.name).toBeLessThanOrEqual(8);
      expect(words(b.description), b.description).toBeLessThanOrEqual(20);
    }
    for (const q of DEFAULT_GUIDE.flatMap((s) => s.questions)) {
      expect(words(q.text), q.text).toBeLessThanOrEqual(18);
      expect(q.text.endsWith('?')).toBe(true);
    }
  });

  it('gives each stage a conversion KPI and a days-in-stage KPI benchmarked on expected days', () => {
    for (const stage of DEFAULT_GUIDE) {
      const expected = DEFAULT_PROCESS.find((s) => s.key === stage.stageKey)?.expectedDays;
      expect(stage.kpis.map((k) => k.kpi)).toEqual(['stage_conversion', 'days_in_stage']);
      expect(stage.kpis[1]?.benchmark).toBe(expected);
    }
    expect(DEFAULT_GUIDE.at(-1)?.kpis[0]?.label).toBe('Close → Won conversion');
  });

  it('has no empty text anywhere', () => {
    const texts = DEFAULT_GUIDE.flatMap((s) => [
      s.stageName, ...s.behaviours.flatMap((b) => [b.name, b.description]), ...s.questions.map((q) => q.text), ...s.kpis.map((k) => k.label),
    ]);
    for (const t of texts) expect(t.trim().length).toBeGreaterThan(0);
  });
});
