import type { ImportReport } from '../../contract/api.ts';
import { formatCount } from './format-count.ts';

type Props = { counts: ImportReport['counts']; caption: string; dryRun: boolean };

// "stageHistory" / "stage_history" -> "Stage history"
export const entityLabel = (entity: string) =>
  entity.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase().replace(/^\w/, (c) => c.toUpperCase());

/** Created / updated / unchanged per entity, from an import or demo-load report. */
export function ImportCountsTable({ counts, caption, dryRun }: Props) {
  const rows = Object.entries(counts);
  if (rows.length === 0) return <p className="text-secondary">No records found in these files.</p>;
  const total = (key: 'created' | 'updated' | 'unchanged') => rows.reduce((sum, [, c]) => sum + c[key], 0);
  return (
    <table className="table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          <th scope="col" className="num">{dryRun ? 'Would create' : 'Created'}</th>
          <th scope="col" className="num">{dryRun ? 'Would update' : 'Updated'}</th>
          <th scope="col" className="num">Unchanged</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([entity, c]) => (
          <tr key={entity}>
            <th scope="row">{entityLabel(entity)}</th>
            <td className="num">{formatCount(c.created)}</td>
            <td className="num">{formatCount(c.updated)}</td>
            <td className="num">{formatCount(c.unchanged)}</td>
          </tr>
        ))}
      </tbody>
      {rows.length > 1 && (
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="num"><strong>{formatCount(total('created'))}</strong></td>
            <td className="num"><strong>{formatCount(total('updated'))}</strong></td>
            <td className="num"><strong>{formatCount(total('unchanged'))}</strong></td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
