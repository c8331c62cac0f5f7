import { describe, expect, it } from 'vitest';
import { defaultGuideSheet } from './default-guide-sheet.ts';
import { TYPE_FLOOR_PT, TYPE_STEPS_PT, type GuideSheet, type Paper } from './guide-sheet.ts';
import { escapeHtml, renderGuideHtml } from './render-guide-html.ts';

const DEFAULT = defaultGuideSheet('Acme');

const ORG_SHEET: GuideSheet = {
  orgName: 'Northwind',
  basis: 'Stage figures: 180 days to 2026-06-30',
  stages: [
    {
      stageKey: 'prospecting', stageName: 'Prospecting',
      behaviours: [{ key: 'prospecting.call-plan', name: 'Writes a call plan', description: 'Before every first call.' }],
      questions: [{ text: 'What was your plan for the call?', behaviourKey: 'prospecting.call-plan' }, { text: 'Who else could you call?' }],
      kpis: [{ label: 'Converts to Engaging', value: '31 %', note: 'median of 6 reps' }, { label: 'Time in stage', value: null, note: null }],
    },
    { stageKey: 'engaging', stageName: 'Engaging', behaviours: [], questions: [], kpis: [] },
  ],
};

const SHEETS: [string, GuideSheet][] = [['default guide', DEFAULT], ['an org guide', ORG_SHEET]];

describe('renderGuideHtml', () => {
  describe.each(SHEETS)('%s', (_name, sheet) => {
    const html = renderGuideHtml(sheet, { paper: 'a4', bodyPt: 8 });
    const texts = sheet.stages.flatMap((s) => [
      ['stage', s.stageName], ...s.behaviours.flatMap((b) => [['behaviour', b.name], ['description', b.description]]),
      ...s.questions.map((q) => ['question', q.text]), ...s.kpis.flatMap((k) => [['kpi', k.label], ...(k.value ? [['kpi value', k.value]] : [])]),
    ]);
    it.each(texts)('shows the %s "%s"', (_kind, text) => {
      expect(html).toContain(escapeHtml(text!));
    });
    it('has one column per stage, in order', () => {
      const keys = [...html.matchAll(/data-stage-key="([^"]+)"/g)].map((m) => m[1]);
      expect(keys).toEqual(sheet.stages.map((s) => s.stageKey));
    });
  });

  it('is a complete standalone document: doctype, charset, embedded CSS, no scripts or outside resources', () => {
    const html = renderGuideHtml(DEFAULT, { paper: 'letter' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it.each<[Paper, string]>([['a4', 'A4 landscape'], ['letter', 'letter landscape']])('sets @page to %s landscape with a margin', (paper, size) => {
    expect(renderGuideHtml(DEFAULT, { paper })).toMatch(new RegExp(`@page \\{ size: ${size}; margin: \\d+mm; \\}`));
  });

  it('prints every text at the legibility floor or larger, whatever the body size', () => {
    const css = renderGuideHtml(DEFAULT, { paper: 'a4', bodyPt: TYPE_FLOOR_PT });
    const sizes = [...css.matchAll(/font-size: ([^;]+);/g)].map((m) => m[1]!);
    expect(sizes.length).toBeGreaterThan(10);
    for (const size of sizes) {
      const factor = size.match(/^calc\(var\(--b\) \* ([\d.]+)\)$/)?.[1];
      const legible = size === 'var(--b)' || size.startsWith(`max(${TYPE_FLOOR_PT}pt, `) || (factor !== undefined && Number(factor) >= 1);
      expect(legible, size).toBe(true);
    }
    expect(css).toContain(`--b: ${TYPE_FLOOR_PT}pt;`);
    expect(() => renderGuideHtml(DEFAULT, { paper: 'a4', bodyPt: 6.5 })).toThrow(/floor/);
    expect(renderGuideHtml(DEFAULT, { paper: 'a4' })).toContain(`--b: ${TYPE_STEPS_PT[0]}pt;`);
  });

  it('numbers behaviours and points each question at the behaviour it opens', () => {
    const html = renderGuideHtml(ORG_SHEET, { paper: 'a4' });
    expect(html).toContain('<span class="badge" aria-hidden="true">1</span><div><strong>Writes a call plan</strong>');
    expect(html).toContain('What was your plan for the call? <span class="ref" title="About behaviour 1">1</span></li>');
    expect(html).toContain('<li>Who else could you call?</li>');
  });

  it('says when a stage has no behaviours yet, and shows a missing figure as a dash', () => {
    const html = renderGuideHtml(ORG_SHEET, { paper: 'a4' });
    expect(html).toContain('No behaviours yet');
    expect(html).toContain('<dt>Time in stage</dt><dd class="none">—</dd>');
    expect(html).toContain('Stage figures: 180 days to 2026-06-30');
  });

  const HOSTILE = `<script>alert("x")</script> & 'quoted' <b>bold</b>`;
  const ESCAPED = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &lt;b&gt;bold&lt;/b&gt;';
  const hostile = (patch: (sheet: { -readonly [K in keyof GuideSheet]: GuideSheet[K] }) => void): GuideSheet => {
    const sheet = structuredClone(ORG_SHEET) as { -readonly [K in keyof GuideSheet]: GuideSheet[K] };
    patch(sheet);
    return sheet;
  };
  type Mutable = { stageKey: string; stageName: string; behaviours: { key: string; name: string; description: string }[];
    questions: { text: string; behaviourKey?: string }[]; kpis: { label: string; value: string | null; note: string | null }[] };
  const first = (sheet: GuideSheet) => sheet.stages[0] as unknown as Mutable;
  it.each<[string, GuideSheet]>([
    ['org name', hostile((s) => { s.orgName = HOSTILE; })],
    ['basis', hostile((s) => { s.basis = HOSTILE; })],
    ['stage name', hostile((s) => { first(s).stageName = HOSTILE; })],
    ['stage key', hostile((s) => { first(s).stageKey = HOSTILE; })],
    ['behaviour name', hostile((s) => { first(s).behaviours[0]!.name = HOSTILE; })],
    ['behaviour description', hostile((s) => { first(s).behaviours[0]!.description = HOSTILE; })],
    ['question', hostile((s) => { first(s).questions[1]!.text = HOSTILE; })],
    ['KPI label', hostile((s) => { first(s).kpis[0]!.label = HOSTILE; })],
    ['KPI value', hostile((s) => { first(s).kpis[0]!.value = HOSTILE; })],
    ['KPI note', hostile((s) => { first(s).kpis[0]!.note = HOSTILE; })],
  ])('escapes HTML in the %s', (_field, sheet) => {
    const html = renderGuideHtml(sheet, { paper: 'a4' });
    expect(html).toContain(ESCAPED);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>bold</b>');
  });
});
