import { Pill } from '../../components/pill.tsx';
import { BAND, bandLabels, bandTones, formatShare, type Band } from './share-band.ts';

// The bar's scale: 0 to 60 % of the week, so the 25–40 % band sits in the middle.
const SCALE = 0.6;
const at = (share: number) => `${(Math.min(share, SCALE) / SCALE) * 100}%`;

/** A coaching share drawn against the target band (shaded) and the 10 % flag line; the figure and band are written out too. */
export function ShareBar({ share, band, showPill = true }: { share: number; band: Band; showPill?: boolean }) {
  return (
    <span className="share-cell">
      <span className="share-value numeric">{formatShare(share)}</span>
      <span className="share-bar" aria-hidden="true" data-band={band}>
        <span className="share-band" style={{ left: at(BAND.low), width: `calc(${at(BAND.high)} - ${at(BAND.low)})` }} />
        <span className="share-flag" style={{ left: at(BAND.flagUnder) }} />
        <span className="share-fill" style={{ width: at(share) }} />
      </span>
      {showPill && <Pill tone={bandTones[band]}>{bandLabels[band]}</Pill>}
    </span>
  );
}

/** The legend for share bars: what the shading and the line mean. */
export function ShareLegend() {
  return (
    <p className="share-legend">
      <span className="share-legend-band" aria-hidden="true" /> target band 25–40 % of a 40-hour week
      <span className="share-legend-flag" aria-hidden="true" /> flag under 10 %
    </p>
  );
}
