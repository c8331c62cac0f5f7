// The coaching guide's print stylesheet: one landscape page, a row of stage columns that
// read as a process (chevron headers, a colour that shifts along the stages), and every
// text at least TYPE_FLOOR_PT. `--b` is the body size in points, chosen by the fit.
import { PAGE_MARGIN_MM, PAPER_SIZES, TYPE_FLOOR_PT, printableArea, type Paper } from './guide-sheet.ts';

/** `max(floor, body × factor)`: text smaller than the body never falls under the floor. */
const small = (factor: number): string => `max(${TYPE_FLOOR_PT}pt, calc(var(--b) * ${factor}))`;

export function guideSheetCss(paper: Paper, bodyPt: number): string {
  const size = PAPER_SIZES[paper];
  const area = printableArea(paper);
  const pageSize = paper === 'a4' ? 'A4 landscape' : 'letter landscape';
  return `
@page { size: ${pageSize}; margin: ${PAGE_MARGIN_MM}mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; }
body {
  font-family: Arial, "Liberation Sans", "Helvetica Neue", Helvetica, sans-serif;
  color: #1b2333; -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.sheet {
  --b: ${bodyPt}pt;
  width: ${size.widthMm}mm; height: ${size.heightMm}mm; padding: ${PAGE_MARGIN_MM}mm;
  display: flex; flex-direction: column; gap: 2mm;
  font-size: var(--b); line-height: 1.27; overflow-wrap: break-word; hyphens: auto;
}
@media print {
  /* The printable area, less a hair so rounding never spills a blank second page. */
  .sheet { width: ${area.widthMm}mm; height: ${(area.heightMm - 0.6).toFixed(1)}mm; padding: 0; break-inside: avoid; }
}
@media screen and (min-width: ${Math.ceil(size.widthMm + 24)}mm) {
  body { background: #e7eaf0; padding: 10mm 0; }
  .sheet { margin: 0 auto; background: #fff; box-shadow: 0 1mm 6mm rgba(20, 30, 50, .18); }
}
.masthead { display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm;
  padding-bottom: 1.6mm; border-bottom: 0.7pt solid #cbd3df; }
.masthead h1 { margin: 0; font-size: calc(var(--b) * 1.9); line-height: 1.05; letter-spacing: -0.01em; color: #13203a; }
.masthead h1 span { font-weight: 400; color: #55627a; }
.lede { margin: 0.8mm 0 0; font-size: ${small(0.9)}; color: #4a5568; }
.pause { display: flex; gap: 2.4mm; margin: 0; padding: 0; list-style: none; }
.pause li { display: flex; align-items: center; gap: 1.2mm; max-width: 31mm; font-size: ${small(0.8)}; line-height: 1.15; color: #3a4559; }
.pause b { flex: none; display: grid; place-items: center; width: 2.05em; height: 2.05em; border-radius: 50%;
  background: #13203a; color: #fff; font-size: ${small(0.86)}; }
.pause strong { display: block; color: #13203a; }
.stages { flex: 1 1 auto; min-height: 0; display: grid; grid-template-columns: repeat(var(--n), minmax(0, 1fr));
  grid-template-rows: auto auto minmax(0, 1fr); column-gap: 1.4mm; }
/* Subgrid: headers, figures and bodies line up across the stages whatever their length. */
.stage { --h: 210; display: grid; grid-row: span 3; grid-template-rows: subgrid; row-gap: 0; min-height: 0; min-width: 0;
  background: hsl(var(--h) 38% 97.2%); border-radius: 0 0 1.6mm 1.6mm; }
.stage-head { display: flex; align-items: baseline; gap: 1.3mm; min-height: 7.2mm; padding: 1.3mm 3.6mm 1.3mm 3.4mm;
  background: hsl(var(--h) 50% 31%); color: #fff;
  clip-path: polygon(0 0, calc(100% - 2.4mm) 0, 100% 50%, calc(100% - 2.4mm) 100%, 0 100%, 2.4mm 50%); }
.stage:first-child .stage-head { padding-left: 2.2mm; clip-path: polygon(0 0, calc(100% - 2.4mm) 0, 100% 50%, calc(100% - 2.4mm) 100%, 0 100%); }
.stage-head .ord { font-size: ${small(0.84)}; font-weight: 600; opacity: .78; }
.stage-head h2 { margin: 0; font-size: calc(var(--b) * 1.28); line-height: 1.12; font-weight: 700; }
.kpis { display: grid; align-content: start; gap: 0.9mm; margin: 0; padding: 1.3mm 2mm 1.4mm; background: hsl(var(--h) 42% 91.5%); }
.kpi { display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: 1mm; font-size: ${small(0.86)}; line-height: 1.18; }
.kpi dt { color: #2c3649; }
.kpi dd { margin: 0; font-weight: 700; color: hsl(var(--h) 60% 23%); white-space: nowrap; text-align: right; }
.kpi dd.none { font-weight: 400; color: #7a8599; }
.kpi dd.note { grid-column: 1 / -1; font-size: ${small(0.8)}; font-weight: 400; color: #5f6b80; white-space: normal; text-align: left; }
.stage-body { display: flex; flex-direction: column; gap: 1.8mm; min-height: 0; padding: 1.8mm 2mm 2mm; }
.stage-body h3 { margin: 0 0 0.9mm; font-size: ${small(0.76)}; letter-spacing: .06em; text-transform: uppercase;
  color: hsl(var(--h) 55% 29%); }
.behaviours, .questions { display: grid; margin: 0; padding: 0; list-style: none; }
.behaviours { gap: 1.4mm; }
.behaviours li { display: grid; grid-template-columns: auto minmax(0, 1fr); column-gap: 1.3mm; }
.badge { display: grid; place-items: center; width: 1.6em; height: 1.6em; margin-top: 0.05em; border-radius: 50%;
  background: hsl(var(--h) 50% 31%); color: #fff; font-size: ${small(0.76)}; font-weight: 700; line-height: 1; }
.behaviours strong { display: block; color: #0f1729; line-height: 1.18; }
.behaviours p { margin: 0.35mm 0 0; color: #3a4557; }
.questions { gap: 1.2mm; }
.questions li { padding-left: 1.6mm; border-left: 0.75mm solid hsl(var(--h) 48% 58%); color: #1b2333; }
.ref { display: inline-grid; place-items: center; min-width: 1.5em; height: 1.5em; margin-left: 0.6mm; padding: 0 0.25em;
  border: 0.5pt solid hsl(var(--h) 50% 40%); border-radius: 0.75em; color: hsl(var(--h) 55% 28%);
  font-size: ${small(0.72)}; font-weight: 700; line-height: 1; vertical-align: 0.08em; }
.empty { margin: 0; color: #6b7486; font-style: italic; }
.foot { display: flex; justify-content: space-between; gap: 6mm; padding-top: 1.2mm; border-top: 0.7pt solid #cbd3df;
  font-size: ${small(0.8)}; color: #5f6b80; }
.foot strong { color: #13203a; }
`;
}
