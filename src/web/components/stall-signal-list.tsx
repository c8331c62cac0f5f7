// A stalled deal's signals in words: a short label (the pill) and what was measured (the line).
import type { StalledDeal } from '../../contract/stalls.ts';
import './deal-stall.css';

type Signal = StalledDeal['signals'][number];

export const signalLabels: Record<Signal['code'], string> = {
  days_in_stage: 'Long in stage',
  age_since_engage: 'Long since engage',
  no_activity: 'No activity',
  close_date_pushed: 'Close date pushed',
  close_date_past: 'Close date passed',
  single_threaded: 'Single-threaded',
};

/** Every signal that fired, each with its explanation; `compact` keeps the pills only, with the text as a tooltip. */
export function StallSignalList({ signals, compact = false }: { signals: readonly Signal[]; compact?: boolean }) {
  if (signals.length === 0) return <span className="text-secondary small">No signal fired</span>;
  return (
    <ul className="signal-list" data-compact={compact}>
      {signals.map((signal) => (
        <li key={signal.code}>
          <span className="signal-pill" data-code={signal.code}>{signalLabels[signal.code] ?? signal.code}</span>
          <span className="signal-text">{signal.text}</span>
        </li>
      ))}
    </ul>
  );
}
