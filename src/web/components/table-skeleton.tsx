type Props = { columns: number; rows?: number; label: string };

/** Grey placeholder rows while a table loads, so the layout does not jump. */
export function TableSkeleton({ columns, rows = 8, label }: Props) {
  const widths = ['70%', '55%', '80%', '45%', '60%'];
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <table className="table" aria-hidden="true">
        <tbody>
          {Array.from({ length: rows }, (_, row) => (
            <tr key={row}>
              {Array.from({ length: columns }, (_, column) => (
                <td key={column}><span className="skeleton" style={{ width: widths[(row + column) % widths.length] }} /></td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
