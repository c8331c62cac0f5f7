// Renders the coaching guide as one standalone HTML document for one landscape page
// (SPEC §4.7): a column per stage with its figures under the header, the behaviours that
// show what good looks like, and the questions that open a coaching conversation. Pure:
// the type size is a parameter; fitting it to the page is the printer's job
// (src/use-cases/coaching/print-guide.ts). Every org-entered text is escaped.
import { guideSheetCss } from './guide-sheet-css.ts';
import { TYPE_FLOOR_PT, TYPE_STEPS_PT, type GuideSheet, type Paper, type SheetKpi, type SheetStage } from './guide-sheet.ts';

export type RenderOptions = { paper: Paper; bodyPt?: number };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// The PAUSE steps (SPEC §4.8), printed on the card as a reminder of how to run the talk.
const PAUSE: readonly [string, string, string][] = [
  ['P', 'Prepare', 'stage, behaviour, questions'],
  ['A', 'Affirm', 'development, not evaluation'],
  ['U', 'Understand', 'what did you observe?'],
  ['S', 'Specify', 'one behaviour to change'],
  ['E', 'Embed', 'a dated commitment'],
];

/** Hue of stage i of n: teal at the first stage to indigo at the last. */
const hueOf = (i: number, n: number): number => (n <= 1 ? 212 : Math.round(180 + (78 * i) / (n - 1)));

export function renderGuideHtml(sheet: GuideSheet, options: RenderOptions): string {
  const bodyPt = options.bodyPt ?? TYPE_STEPS_PT[0]!;
  if (!(bodyPt >= TYPE_FLOOR_PT)) throw new Error(`body size ${bodyPt}pt is under the ${TYPE_FLOOR_PT}pt floor`);
  const title = sheet.orgName ? `Coaching guide · ${sheet.orgName}` : 'Coaching guide';
  const n = sheet.stages.length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${guideSheetCss(options.paper, bodyPt)}</style>
</head>
<body>
<main class="sheet" data-paper="${options.paper}" data-body-pt="${bodyPt}">
${masthead(sheet)}
<section class="stages" style="--n: ${Math.max(n, 1)}" aria-label="Stages of the sales process">
${sheet.stages.map((stage, i) => stageColumn(stage, i, n)).join('\n')}
</section>
${footer(sheet)}
</main>
</body>
</html>
`;
}

function masthead(sheet: GuideSheet): string {
  const org = sheet.orgName ? ` <span>· ${escapeHtml(sheet.orgName)}</span>` : '';
  const steps = PAUSE.map(([letter, name, hint]) => `<li><b>${letter}</b><span><strong>${name}</strong>${hint}</span></li>`).join('');
  return `<header class="masthead">
<div><h1>Coaching guide${org}</h1>
<p class="lede">What good looks like at each stage, and the questions that open a coaching conversation about it.</p></div>
<ol class="pause" aria-label="PAUSE: how to run a coaching conversation">${steps}</ol>
</header>`;
}

function stageColumn(stage: SheetStage, index: number, count: number): string {
  const numberOf = new Map(stage.behaviours.map((b, i) => [b.key, i + 1]));
  const behaviours = stage.behaviours.length === 0
    ? '<p class="empty">No behaviours yet: an admin adds them, or copies the default ones, in the web app.</p>'
    : `<ol class="behaviours">${stage.behaviours.map((b, i) => `
<li><span class="badge" aria-hidden="true">${i + 1}</span><div><strong>${escapeHtml(b.name)}</strong>${
  b.description.trim() ? `<p>${escapeHtml(b.description)}</p>` : ''}</div></li>`).join('')}</ol>`;
  const questions = stage.questions.length === 0 ? '' : `<div><h3>Ask</h3><ul class="questions">${stage.questions.map((q) => {
    const ref = q.behaviourKey === undefined ? undefined : numberOf.get(q.behaviourKey);
    const badge = ref === undefined ? '' : ` <span class="ref" title="About behaviour ${ref}">${ref}</span>`;
    return `\n<li>${escapeHtml(q.text)}${badge}</li>`;
  }).join('')}</ul></div>`;
  return `<article class="stage" data-stage-key="${escapeHtml(stage.stageKey)}" style="--h: ${hueOf(index, count)}">
<header class="stage-head"><span class="ord">${index + 1}</span><h2>${escapeHtml(stage.stageName)}</h2></header>
${kpiList(stage.kpis)}
<div class="stage-body">
<div><h3>What good looks like</h3>${behaviours}</div>
${questions}
</div>
</article>`;
}

function kpiList(kpis: readonly SheetKpi[]): string {
  if (kpis.length === 0) return '';
  return `<dl class="kpis">${kpis.map((k) => `<div class="kpi"><dt>${escapeHtml(k.label)}</dt>${
    k.value === null ? '<dd class="none">—</dd>' : `<dd>${escapeHtml(k.value)}</dd>`}${
    k.note ? `<dd class="note">${escapeHtml(k.note)}</dd>` : ''}</div>`).join('')}</dl>`;
}

function footer(sheet: GuideSheet): string {
  const basis = sheet.basis ? `${escapeHtml(sheet.basis)} · ` : '';
  return `<footer class="foot">
<span><strong>Coach behaviours, not outcomes.</strong> Ask before you tell; agree one change and a date; review it next time.</span>
<span>${basis}Coachboard</span>
</footer>`;
}
