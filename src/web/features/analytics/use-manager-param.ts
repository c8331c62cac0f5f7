import { useSearchParams } from 'react-router';

/** The ?managerId= of the URL (a leader's chosen manager), and a setter that keeps the rest. */
export function useManagerParam(): [number | null, (managerId: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('managerId') ?? '';
  const managerId = /^\d+$/.test(raw) ? Number(raw) : null;
  const setManager = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete('managerId');
    else next.set('managerId', value);
    setParams(next);
  };
  return [managerId, setManager];
}
