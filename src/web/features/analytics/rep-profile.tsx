import type { RepDetailResponse } from '../../../contract/analytics.ts';
import { formatPercent } from '../../components/charts/format-percent.ts';
import { formatDate } from '../../components/format-date.ts';
import { formatMoney } from '../../components/format-money.ts';
import { plural, quadrantLabels, sentence } from './analytics-labels.ts';
import { SegmentPill } from './segment-pill.tsx';

type Props = { detail: RepDetailResponse };

/** Segment, attainment, process vs outcome and coaching: the rep at a glance. */
export function RepProfile({ detail }: Props) {
  const { rep } = detail;
  const basis = rep.attainmentBasis === 'peer_median' ? 'of peer median' : 'of quota';
  return (
    <section className="card profile-grid" aria-label="Summary">
      <div className="profile-cell">
        <h2 className="eyebrow">Segment</h2>
        <p className="profile-main"><SegmentPill segment={rep.segment} /></p>
        <p className="profile-note">{sentence(rep.segmentReason)}.</p>
      </div>
      <div className="profile-cell">
        <h2 className="eyebrow">Attainment</h2>
        <p className="profile-main numeric">
          {rep.attainment === null ? <span className="text-muted">—</span> : formatPercent(rep.attainment)}
          {rep.attainment !== null && <span className="profile-unit"> {basis}</span>}
        </p>
        <p className="profile-note">
          {rep.attainment === null ? sentence(rep.kpis.reasons.attainment ?? 'unknown: the won value is not known.')
            : rep.attainmentBasis === 'peer_median' ? 'No quota for this window: won value against the median rep.'
            : rep.quota !== null ? `Quota for the window: ${formatMoney(rep.quota, null)}.` : 'Won value against quota.'}
        </p>
      </div>
      <div className="profile-cell">
        <h2 className="eyebrow">Process vs outcome</h2>
        <p className="profile-main">{rep.quadrant === null ? <span className="text-muted">Not placed</span> : quadrantLabels[rep.quadrant]}</p>
        <p className="profile-note">{rep.quadrantAdvice}</p>
        {rep.processMeasures > 0 && (
          <p className="profile-note numeric">
            Process: {rep.processMeasuresMet} of {plural(rep.processMeasures, 'measure')} at benchmark
            {rep.processScore !== null && ` (${formatPercent(rep.processScore)})`}.
          </p>
        )}
      </div>
      <div className="profile-cell">
        <h2 className="eyebrow">Coaching</h2>
        <p className="profile-main">{detail.lastCoachedOn === null ? 'Not coached yet' : `Last coached ${formatDate(detail.lastCoachedOn)}`}</p>
        <p className="profile-note">
          {detail.commitmentsDue > 0 ? `${plural(detail.commitmentsDue, 'commitment')} due this week.` : 'No commitments due this week.'}
        </p>
      </div>
    </section>
  );
}
