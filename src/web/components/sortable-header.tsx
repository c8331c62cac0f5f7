import { IconArrowDown, IconArrowUp, IconSort } from './icons.tsx';

type Props = {
  label: string;
  field: string;
  /** The current sort, "field" ascending or "-field" descending. */
  sort: string;
  onSort: (sort: string) => void;
  /** Direction of the first click: numbers and dates read best largest / newest first. */
  firstDirection?: 'asc' | 'desc';
  numeric?: boolean;
};

/** A column header that sorts the table; announces the current order with aria-sort. */
export function SortableHeader({ label, field, sort, onSort, firstDirection = 'asc', numeric = false }: Props) {
  const direction = sort === field ? 'asc' : sort === `-${field}` ? 'desc' : null;
  const next = direction === null ? firstDirection : direction === 'asc' ? 'desc' : 'asc';
  const ariaSort = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? 'num' : undefined}>
      <button
        type="button"
        className="sort-button"
        data-active={direction !== null}
        onClick={() => onSort(next === 'asc' ? field : `-${field}`)}
      >
        {label}
        {direction === 'asc' ? <IconArrowUp /> : direction === 'desc' ? <IconArrowDown /> : <IconSort />}
      </button>
    </th>
  );
}
