import { useState } from 'react';
import type { CalendarFeedCreated } from '../../../contract/cadence.ts';
import { Alert } from '../../components/alert.tsx';
import { formatDate } from '../../components/format-date.ts';
import { useMyFeeds, useNewFeed, useRevokeMyFeeds } from './use-my-coaching.ts';

/** The rep's own calendar feed: one secret URL to subscribe to, renewable and revocable; and an .ics download. */
export function MyCalendar() {
  const feeds = useMyFeeds();
  const create = useNewFeed();
  const revoke = useRevokeMyFeeds();
  const [shown, setShown] = useState<CalendarFeedCreated | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState(false);
  const live = feeds.data ?? [];

  const make = () => {
    setConfirming(false);
    setCopied(false);
    create.mutate(live.map((f) => f.id), { onSuccess: setShown });
  };
  const copy = async () => {
    if (!shown) return;
    try {
      await navigator.clipboard.writeText(shown.url);
      setCopied(true);
    } catch {
      document.getElementById('my-feed-url')?.focus();
    }
  };

  return (
    <section className="card" aria-labelledby="calendar-title">
      <div className="card-header"><h2 id="calendar-title">In your calendar</h2></div>
      <div className="card-body stack">
        <p className="text-secondary small">A feed is a secret address your calendar app subscribes to: your 1:1s and team sessions appear there and stay up to date. Titles and times only.</p>
        {(create.isError || revoke.isError) && <Alert tone="danger" live>{(create.error ?? revoke.error)?.message}</Alert>}
        {shown && (
          <div className="my-copy-field">
            <label className="field-label" htmlFor="my-feed-url">Your feed URL</label>
            <div className="my-copy-row">
              <input id="my-feed-url" className="input mono" readOnly value={shown.url} onFocus={(e) => e.target.select()} />
              <button type="button" className="button button-primary" onClick={() => void copy()}>Copy</button>
            </div>
            <p className="field-hint" role="status">{copied ? 'Copied: add it in your calendar app as a subscription.' : 'Copy it now: it is shown only once.'}</p>
          </div>
        )}
        {!shown && <p className="small">{live.length > 0 ? `Your feed is live (since ${formatDate(live[0]!.createdAt.slice(0, 10))}).` : 'You have no feed yet.'}</p>}
        {confirming ? (
          <div className="my-feed-confirm" role="group" aria-label="Confirm">
            <p className="small">Revoke your feed? Calendars subscribed to it stop updating.</p>
            <div className="form-actions">
              <button type="button" className="button button-sm" onClick={() => setConfirming(false)}>Cancel</button>
              <button type="button" className="button button-sm button-danger"
                onClick={() => revoke.mutate(live.map((f) => f.id), { onSuccess: () => { setConfirming(false); setShown(null); } })}>Revoke feed</button>
            </div>
          </div>
        ) : (
          <div className="form-actions">
            <button type="button" className="button button-sm" disabled={create.isPending} onClick={make}>{live.length > 0 ? 'New feed URL' : 'Create feed URL'}</button>
            {live.length > 0 && <button type="button" className="button button-sm button-danger" onClick={() => setConfirming(true)}>Revoke</button>}
            <a className="button button-sm button-ghost" href="/api/v1/calendar.ics" download>Download .ics</a>
          </div>
        )}
      </div>
    </section>
  );
}
