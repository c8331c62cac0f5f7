export type LegendItem = { label: string; swatch: 'solid' | 'outline' | 'soft' | 'line' };

/** A legend in HTML (readable, wraps, zoomable); the swatch shapes differ, not only their colour. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}><span className={`chart-swatch chart-swatch-${item.swatch}`} />{item.label}</li>
      ))}
    </ul>
  );
}
