// Cancelling a co-creation session that did not happen (opened by mistake, or overtaken by
// events): asked inline, starting on the safe choice; says what stays (the session in the
// deal room, read-only, and any next steps already agreed as the rep's commitments).
import { useEffect, useRef, useState } from 'react';
import type { CoCreationSession } from '../../../contract/cocreation.ts';
import { useSessionWrite } from './use-cocreation.ts';

export function CancelSession({ session }: { session: CoCreationSession }) {
  const [asking, setAsking] = useState(false);
  const write = useSessionWrite(session.id);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (asking) keep.current?.focus(); }, [asking]);
  if (!asking) {
    return <button type="button" className="button button-ghost button-danger" onClick={() => setAsking(true)}>Cancel session…</button>;
  }
  const agreed = session.commitments.length;
  const stays = agreed === 0 ? ''
    : ` The ${agreed === 1 ? 'next step' : `${agreed} next steps`} already agreed stay on ${session.rep.name}'s commitments.`;
  return (
    <div className="cancel-session-confirm" role="group" aria-label="Cancel this session?"
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); setAsking(false); } }}>
      <p><strong>Cancel this session?</strong> It stays in the deal room, marked cancelled, and can no longer be edited.{stays}</p>
      {write.isError && <p className="field-error" role="alert">{write.error.message}</p>}
      <div className="form-actions">
        <button type="button" className="button button-sm cancel-session-yes" disabled={write.isPending}
          onClick={() => write.mutate({ method: 'PATCH', path: '', body: { status: 'cancelled' } })}>
          {write.isPending ? 'Cancelling…' : 'Cancel session'}
        </button>
        <button ref={keep} type="button" className="button button-ghost button-sm" onClick={() => setAsking(false)}>Keep working</button>
      </div>
    </div>
  );
}
