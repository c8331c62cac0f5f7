import type { CoachingFocus } from '../../../contract/analytics.ts';
import { formatPercent } from '../../components/charts/format-percent.ts';
import { formatMoney } from '../../components/format-money.ts';

/** "41 % vs 75 % benchmark · 22 deals · about 68,489 in the window": a gap's figures in one line. */
export function FocusFigures({ focus }: { focus: CoachingFocus }) {
  const conversion = focus.repConversion;
  return (
    <p className="focus-figures">
      <span className={conversion.lowConfidence ? 'figure-low' : undefined}>
        <strong className="numeric">{formatPercent(conversion.value)}</strong> vs {formatPercent(focus.benchmarkConversion)} benchmark
      </span>
      <span className="text-secondary numeric">{focus.enteredStage} {focus.enteredStage === 1 ? 'deal' : 'deals'} entered</span>
      <span className="focus-impact">about <strong className="numeric">{formatMoney(focus.impact, null)}</strong> in the window</span>
    </p>
  );
}
