import type { DealRoom } from '../../../contract/deal-room.ts';
import { formatDate, formatDateTime } from '../../components/format-date.ts';
import { Pill } from '../../components/pill.tsx';
import { influenceLabels, stanceLabels, stanceTones } from '../../components/stakeholder-labels.ts';

/** Who is involved on the customer's side. */
export function DealStakeholders({ room }: { room: DealRoom }) {
  const engaged = room.stakeholders.filter((s) => s.engaged).length;
  return (
    <section className="card card-flush" aria-labelledby="stakeholders-title">
      <div className="card-header">
        <div>
          <h2 id="stakeholders-title">Stakeholders</h2>
          <p>{room.stakeholders.length === 0 ? 'Nobody recorded yet: map them in a co-creation session.' : `${engaged} of ${room.stakeholders.length} engaged`}</p>
        </div>
      </div>
      {room.stakeholders.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <caption className="sr-only">Stakeholders of {room.deal.name}</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Stance</th><th scope="col">Influence</th><th scope="col">Engaged</th></tr></thead>
            <tbody>
              {room.stakeholders.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>{s.role ?? <span className="text-muted">—</span>}</td>
                  <td>{s.stance !== null ? <Pill tone={stanceTones[s.stance]}>{stanceLabels[s.stance]}</Pill> : <span className="text-muted">not known</span>}</td>
                  <td>{s.influence !== null ? influenceLabels[s.influence] : <span className="text-muted">—</span>}</td>
                  <td className="nowrap">{s.engaged ? `Yes${s.engagedOn !== null ? `, since ${formatDate(s.engagedOn)}` : ''}` : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** What happened on the deal lately. */
export function DealActivities({ room }: { room: DealRoom }) {
  return (
    <section className="card" aria-labelledby="activities-title">
      <div className="card-header">
        <div>
          <h2 id="activities-title">Recent activity</h2>
          <p>{room.activityCount === 0 ? 'No activity recorded on this deal.' : `The latest ${room.activities.length} of ${room.activityCount}`}</p>
        </div>
      </div>
      {room.activities.length > 0 && (
        <ul className="activity-list">
          {room.activities.map((a) => (
            <li key={a.id}>
              <span className="activity-type">{a.type.replace(/_/g, ' ')}</span>
              <span>{a.person.name}{a.durationMin !== null ? ` · ${a.durationMin} min` : ''}{a.connected === 'no' ? ' · not connected' : ''}</span>
              <span className="text-secondary small nowrap">{/T00:00:00(\.000)?Z$/.test(a.occurredAt) ? formatDate(a.occurredAt) : formatDateTime(a.occurredAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
