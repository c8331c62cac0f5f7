// Snooze a stalled deal: a known pause (with its reason and end date) is not a stall (docs/stalls.md).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { apiSend } from '../api/client.ts';
import './deal-stall.css';

type Props = { dealId: number; dealName: string; asOf: string; onDone: () => void };

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Invalidate what shows a deal's stall state: the stalled list and the deal room. */
export function useSnoozeMutations(dealId: number) {
  const client = useQueryClient();
  const refresh = () => Promise.all([
    client.invalidateQueries({ queryKey: ['stalls'] }),
    client.invalidateQueries({ queryKey: ['deal-room'] }),
  ]);
  const snooze = useMutation({
    mutationFn: (body: { until: string; reason: string }) => apiSend<unknown>('POST', `/api/v1/deals/${dealId}/snooze`, body),
    onSuccess: refresh,
  });
  const wake = useMutation({
    mutationFn: () => apiSend<undefined>('DELETE', `/api/v1/deals/${dealId}/snooze`),
    onSuccess: refresh,
  });
  return { snooze, wake };
}

export function SnoozeDealForm({ dealId, dealName, asOf, onDone }: Props) {
  const id = useId();
  const { snooze } = useSnoozeMutations(dealId);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState(addDays(asOf, 14));
  const [error, setError] = useState<string | null>(null);
  return (
    <form className="snooze-form" aria-label={`Snooze ${dealName}`} onSubmit={(event) => {
      event.preventDefault();
      if (reason.trim() === '') { setError('Say why the deal is paused.'); return; }
      setError(null);
      snooze.mutate({ until, reason: reason.trim() }, { onSuccess: onDone });
    }}>
      <div className="field snooze-reason">
        <label className="field-label" htmlFor={`${id}-reason`}>Why is it paused?</label>
        <input id={`${id}-reason`} className="input" value={reason} maxLength={500} autoFocus
          aria-invalid={error !== null} aria-describedby={error !== null ? `${id}-error` : undefined}
          placeholder="e.g. Budget frozen until the board meets on the 28th"
          onChange={(event) => setReason(event.target.value)} />
        {error !== null && <p className="field-error" id={`${id}-error`}>{error}</p>}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-until`}>Snooze until</label>
        <input id={`${id}-until`} className="input" type="date" value={until} min={asOf} onChange={(event) => setUntil(event.target.value)} />
      </div>
      <div className="snooze-actions">
        <button type="submit" className="button button-primary" disabled={snooze.isPending}>Snooze</button>
        <button type="button" className="button button-ghost" onClick={onDone}>Cancel</button>
      </div>
      {snooze.isError && <p className="field-error snooze-error" role="alert">{snooze.error.message}</p>}
    </form>
  );
}
