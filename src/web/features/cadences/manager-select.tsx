import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useManagers } from './use-cadences.ts';

/** The ?managerId= of the URL (a leader's chosen manager), and a setter that keeps the rest. */
export function useManagerId(): [number | null, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('managerId') ?? '';
  const set = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete('managerId');
    else next.set('managerId', value);
    setParams(next);
  };
  return [/^\d+$/.test(raw) ? Number(raw) : null, set];
}

export function ManagerSelect({ managerId, onChange }: { managerId: number | null; onChange: (value: string) => void }) {
  const managers = useManagers(true);
  const options = [
    { value: '', label: managers.isPending ? 'Loading managers…' : 'Choose a manager…' },
    ...(managers.data ?? []).map((m) => ({ value: String(m.id), label: m.name })),
  ];
  return <SelectField className="manager-picker" label="Manager" value={managerId === null ? '' : String(managerId)} options={options} onValueChange={onChange} />;
}

/** Before a leader picks: every manager, one click away. */
export function ChooseManagerCard({ what }: { what: string }) {
  const managers = useManagers(true);
  return (
    <div className="card">
      <EmptyState title="Choose a manager">Pick a manager to see {what}.</EmptyState>
      {managers.data && managers.data.length > 0 && (
        <ul className="manager-choices" aria-label="Managers">
          {managers.data.map((m) => <li key={m.id}><Link className="button" to={{ search: `?managerId=${m.id}` }}>{m.name}</Link></li>)}
        </ul>
      )}
    </div>
  );
}
