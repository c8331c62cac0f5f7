import { useSearchParams } from 'react-router';
import { readDealFilters, writeDealFilters, type DealFilters } from './deal-search-params.ts';

/** The deals filters, read from and written to the URL query string. */
export function useDealFilters() {
  const [params, setParams] = useSearchParams();
  const filters = readDealFilters(params);
  const update = (change: Partial<DealFilters>, options: { replace?: boolean } = {}) =>
    setParams(writeDealFilters(filters, change), { replace: options.replace ?? false });
  return { filters, update };
}
