import { formatDate } from '../../components/format-date.ts';

type Props = { asOf: string; windowDays: number; window?: { from: string; to: string }; weekEnd?: string };

/** "As of 22 Nov 2026 · the last 180 days (27 May – 22 Nov 2026)": the basis of every figure on the page. */
export function AnalysisWindow({ asOf, windowDays, window, weekEnd }: Props) {
  return (
    <p className="analysis-window">
      As of <strong>{formatDate(asOf)}</strong>
      {' · '}the last {windowDays} days
      {window !== undefined && <span className="text-muted"> ({formatDate(window.from)} – {formatDate(window.to)})</span>}
      {weekEnd !== undefined && <> · commitments due by {formatDate(weekEnd)}</>}
    </p>
  );
}
