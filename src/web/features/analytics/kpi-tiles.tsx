import type { KpiTile } from './kpi-tiles-model.ts';

/** KPI tiles: the figure, its sample, and (visibly and in a tooltip) why a figure is missing. */
export function KpiTiles({ tiles }: { tiles: KpiTile[] }) {
  return (
    <dl className="kpi-grid">
      {tiles.map((tile) => (
        <div key={tile.key} className="kpi-tile" data-state={tile.state} title={tile.reason}>
          <dt>{tile.label}</dt>
          <dd className="kpi-value numeric">
            {tile.state === 'missing' ? <><span aria-hidden="true">—</span><span className="sr-only">unknown</span></> : tile.value}
          </dd>
          {tile.comparison !== undefined && (
            <dd className={`kpi-comparison kpi-comparison-${tile.comparison.tone}`}>
              <span aria-hidden="true">{tile.comparison.tone === 'above' ? '▲' : '▼'} </span>{tile.comparison.text}
            </dd>
          )}
          <dd className="kpi-detail">{tile.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
