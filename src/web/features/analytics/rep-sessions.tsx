import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { PageOf } from '../../../contract/api.ts';
import type { SessionListItem } from '../../../contract/coaching.ts';
import { apiGet } from '../../api/client.ts';
import { formatDate } from '../../components/format-date.ts';
import { plural } from './analytics-labels.ts';

const kindLabel: Record<string, string> = { one_on_one: '1:1', deal: 'Deal coaching', team_skill: 'Team skill session', co_creation: 'Co-creation' };

/** The rep's latest coaching sessions, each linking to its page. */
export function RepSessions({ repId }: { repId: number }) {
  const params = { repId, page: 1, pageSize: 5 };
  const list = useQuery({
    queryKey: ['sessions', 'list', params],
    queryFn: ({ signal }) => apiGet<PageOf<SessionListItem>>('/api/v1/sessions', params, signal),
  });
  return (
    <section className="card" aria-labelledby="rep-sessions-title">
      <div className="card-header">
        <div>
          <h2 id="rep-sessions-title">Recent coaching sessions</h2>
          <p>The latest five, newest first.</p>
        </div>
      </div>
      <div className="card-body">
        {list.isPending && <p className="text-secondary">Loading sessions…</p>}
        {list.isError && <p className="field-error">Could not load the sessions: {list.error.message}</p>}
        {list.data !== undefined && (list.data.items.length === 0 ? <p className="text-secondary">No coaching sessions yet.</p> : (
          <ul className="session-list">
            {list.data.items.map((s) => (
              <li key={s.id}>
                <Link to={`/sessions/${s.id}`}>{kindLabel[s.kind] ?? 'Session'} on {formatDate(s.date)}</Link>
                <span className="text-secondary small">
                  {s.status} · {s.behaviour?.name ?? s.stage?.name ?? 'no focus set'} · {plural(s.commitmentCount, 'commitment')}
                </span>
              </li>
            ))}
          </ul>
        ))}
      </div>
    </section>
  );
}
