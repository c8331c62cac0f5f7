import { formatCount } from './format-count.ts';

type Props = { page: number; pageSize: number; total: number; onPageChange: (page: number) => void; label?: string };

/** "Showing 51–100 of 1,234" with Previous / Next. Hidden when everything fits on one page. */
export function Pagination({ page, pageSize, total, onPageChange, label = 'Pagination' }: Props) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={label}>
      <p className="pagination-summary">
        Showing {formatCount(first)}–{formatCount(last)} of {formatCount(total)}
      </p>
      {pageCount > 1 && (
        <div className="pagination-controls">
          <button type="button" className="button button-sm" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
            Previous
          </button>
          <span className="pagination-page">Page {formatCount(page)} of {formatCount(pageCount)}</span>
          <button type="button" className="button button-sm" disabled={page >= pageCount} onClick={() => onPageChange(page + 1)}>
            Next
          </button>
        </div>
      )}
    </nav>
  );
}
