import type { RepDetailResponse } from '../../../contract/analytics.ts';
import { TrendChart } from '../../components/charts/trend-chart.tsx';
import { fillMonths } from './fill-months.ts';
import { TimeInStageTable } from './time-in-stage-table.tsx';

/** The last 12 months, and time in stage against the org. */
export function RepTrend({ detail }: { detail: RepDetailResponse }) {
  const { rep } = detail;
  const hasTimes = detail.stageReason === null && detail.timeInStage.length > 0;
  const months = fillMonths(detail.trend, detail.asOf);
  const closed = months.reduce((sum, m) => sum + m.closed, 0);
  return (
    <div className="analytics-split">
      <section className="card" aria-labelledby="rep-trend-title">
        <div className="card-header">
          <div>
            <h2 id="rep-trend-title">Last 12 months</h2>
            <p>Won deals per month, and the share of closed deals that were won.</p>
          </div>
        </div>
        <div className="card-body">
          {closed === 0
            ? <p className="text-secondary">No deal closed in the last 12 months: the trend starts with the first closed deal.</p>
            : <TrendChart title={`${rep.name}: won deals and win rate by month`} months={months} />}
        </div>
      </section>
      {hasTimes && (
        <section className="card card-flush analytics-table-card" aria-labelledby="rep-time-title">
          <div className="card-header">
            <div>
              <h2 id="rep-time-title">Days in stage</h2>
              <p>Median and 80th percentile, for deals that left the stage in the window.</p>
            </div>
          </div>
          <TimeInStageTable rows={detail.timeInStage} repName={rep.name.split(' ')[0] ?? rep.name} />
        </section>
      )}
    </div>
  );
}
