import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { useManagerOptions } from './use-analytics.ts';

/** What a leader sees before choosing a manager: every manager, one click away. */
export function ChooseManager({ what }: { what: string }) {
  const managers = useManagerOptions(true);
  return (
    <div className="card">
      <EmptyState title="Choose a manager">
        Pick a manager to see {what}, or open the <Link to="/org">Organisation</Link> view for every team at once.
      </EmptyState>
      {managers.data && managers.data.length > 0 && (
        <ul className="manager-choices" aria-label="Managers">
          {managers.data.map((manager) => (
            <li key={manager.value}><Link className="button" to={{ search: `?managerId=${manager.value}` }}>{manager.label}</Link></li>
          ))}
        </ul>
      )}
    </div>
  );
}
