import type { ReactNode } from 'react';

export type ChartTable = { columns: readonly string[]; rows: readonly (readonly string[])[] };

type Props = {
  /** Names the chart for assistive technology; also the caption of its data table. */
  title: string;
  /** A sentence or two that says what the chart shows, visible under it. */
  summary?: ReactNode;
  /** The figures behind the chart, as a table for screen readers. */
  table: ChartTable;
  children: ReactNode;
};

/**
 * A chart with its words: the picture for sighted readers, a visible summary, and the
 * same figures as a visually hidden table so that nothing is told by the picture alone.
 */
export function ChartFigure({ title, summary, table, children }: Props) {
  return (
    <figure className="chart-figure">
      <div className="chart-canvas">{children}</div>
      {summary !== undefined && <figcaption className="chart-summary">{summary}</figcaption>}
      {/* A table ignores width: 1px, so the hiding box is a div around it. */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>{table.columns.map((column) => <th key={column} scope="col">{column}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) => (column === 0
                  ? <th key={column} scope="row">{cell}</th>
                  : <td key={column}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
