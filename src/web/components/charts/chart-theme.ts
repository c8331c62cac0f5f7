// Colours and text styles for SVG charts. SVG presentation attributes cannot read the CSS
// tokens reliably, so the few values charts need are mirrored here from styles/tokens.css.
// Every fill passes 3:1 against white (WCAG 1.4.11); text passes 4.5:1.

export const chartColors = {
  primary: '#4f46e5',      // --accent-600: the rep, the team
  primarySoft: '#c7d2fe',  // --accent-200: low-confidence bars (with a visible "low" label)
  benchmark: '#667085',    // --gray-500: benchmarks, as outlined bars
  benchmarkFill: '#e4e7ec', // --gray-200
  line: '#b42318',         // --danger-text: a second measure drawn as a line
  grid: '#e4e7ec',         // --gray-200
  axis: '#d0d5dd',         // --gray-300
  text: '#344054',         // --gray-700
  textMuted: '#475467',    // --gray-600
} as const;

export const tickStyle = { fill: chartColors.textMuted, fontSize: 12 } as const;
export const labelStyle = { fill: chartColors.text, fontSize: 12, fontWeight: 500 } as const;
