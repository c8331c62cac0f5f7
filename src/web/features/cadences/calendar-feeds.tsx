import { Fragment, useState } from 'react';
import type { CalendarFeedCreated } from '../../../contract/cadence.ts';
import { Alert } from '../../components/alert.tsx';
import { formatDate } from '../../components/format-date.ts';
import { Pill } from '../../components/pill.tsx';
import { CopyField } from './copy-field.tsx';
import { icsDownloadUrl, useCalendarFeeds, useCreateFeed, useRevokeFeeds } from './use-calendar-feeds.ts';

export type FeedPerson = { id: number; name: string; who: string };
type Pending = { personId: number; action: 'revoke' | 'renew' };

/** Secret calendar feed URLs for the manager and each rep: create, copy, renew, revoke; and an .ics download. */
export function CalendarFeeds({ people }: { people: FeedPerson[] }) {
  const feeds = useCalendarFeeds();
  const create = useCreateFeed();
  const revoke = useRevokeFeeds();
  const [pending, setPending] = useState<Pending | null>(null);
  const [shown, setShown] = useState<{ personId: number; created: CalendarFeedCreated } | null>(null);
  const [message, setMessage] = useState('');
  const liveOf = (personId: number) => (feeds.data ?? []).filter((f) => f.personId === personId);

  const makeFeed = (person: FeedPerson, replace: number[]) => {
    setPending(null);
    setMessage('');
    create.mutate({ personId: person.id, replace }, { onSuccess: (created) => setShown({ personId: person.id, created }) });
  };
  const revokeAll = (person: FeedPerson) => {
    setPending(null);
    revoke.mutate(liveOf(person.id).map((f) => f.id), {
      onSuccess: () => {
        if (shown?.personId === person.id) setShown(null);
        setMessage(`${person.name}'s feed URL is revoked: calendars subscribed to it stop updating.`);
      },
    });
  };

  return (
    <section className="card card-flush" aria-labelledby="feeds-title">
      <div className="card-header">
        <div>
          <h2 id="feeds-title">Calendar feeds</h2>
          <p>A feed is a secret web address that a calendar app (Google, Outlook, Apple) subscribes to, so planned sessions appear there and stay up to date. It holds titles and times only, never notes.</p>
        </div>
      </div>
      {(create.isError || revoke.isError) && (
        <div className="card-body"><Alert tone="danger" live title="That did not work">{(create.error ?? revoke.error)?.message}</Alert></div>
      )}
      <p className="sr-only" role="status">{message}</p>
      {message && <div className="card-body feed-message"><Alert tone="success">{message}</Alert></div>}
      <div className="table-scroll">
        <table className="table feeds-table table-cards">
          <thead>
            <tr>
              <th scope="col">Calendar of</th>
              <th scope="col">Feed URL</th>
              <th scope="col"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => {
              const live = liveOf(person.id);
              const busy = create.isPending || revoke.isPending;
              return (
                <Fragment key={person.id}>
                  <tr data-person={person.id}>
                    <th scope="row">{person.name}<span className="cell-sub">{person.who}</span></th>
                    <td data-label="Feed URL">{feeds.isPending ? '…' : live.length > 0
                      ? <Pill tone="success">Live since {formatDate(live[0]!.createdAt.slice(0, 10))}</Pill>
                      : <Pill tone="neutral">None</Pill>}
                    </td>
                    <td className="num cell-actions">
                      <span className="row-actions">
                        <a className="button button-sm button-ghost" href={icsDownloadUrl(person.id)} download aria-label={`Download ${person.name}'s calendar as .ics`}>Download .ics</a>
                        {live.length === 0 ? (
                          <button type="button" className="button button-sm" disabled={busy} onClick={() => makeFeed(person, [])}
                            aria-label={`Create a feed URL for ${person.name}`}>Create feed URL</button>
                        ) : (
                          <>
                            <button type="button" className="button button-sm" disabled={busy} onClick={() => setPending({ personId: person.id, action: 'renew' })}
                              aria-label={`New feed URL for ${person.name}`}>New URL</button>
                            <button type="button" className="button button-sm button-danger" disabled={busy} onClick={() => setPending({ personId: person.id, action: 'revoke' })}
                              aria-label={`Revoke ${person.name}'s feed URL`}>Revoke</button>
                          </>
                        )}
                      </span>
                    </td>
                  </tr>
                  {pending?.personId === person.id && (
                    <tr className="expanded-row">
                      <td colSpan={3}>
                        <div className="feed-confirm" role="group" aria-label="Confirm">
                          <p>
                            {pending.action === 'revoke' ? `Revoke ${person.name}'s feed URL?` : `Replace ${person.name}'s feed URL with a new one?`}{' '}
                            Calendars subscribed to the current address stop updating{pending.action === 'renew' ? ' until they subscribe to the new one' : ''}.
                          </p>
                          <div className="form-actions">
                            <button type="button" className="button button-sm" onClick={() => setPending(null)}>Cancel</button>
                            {pending.action === 'revoke'
                              ? <button type="button" className="button button-sm button-danger" onClick={() => revokeAll(person)}>Revoke feed</button>
                              : <button type="button" className="button button-sm button-primary" onClick={() => makeFeed(person, live.map((f) => f.id))}>Make a new URL</button>}
                          </div>
                        </div>
                      </td>
                    </tr>
                  )}
                  {shown?.personId === person.id && (
                    <tr className="expanded-row">
                      <td colSpan={3}>
                        <CopyField label={`Feed URL of ${person.name}'s calendar`} value={shown.created.url} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
