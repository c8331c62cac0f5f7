import { useState } from 'react';
import { Link } from 'react-router';
import type { CoCreationSession, OutcomeResult } from '../../../contract/cocreation.ts';
import { formatDate } from '../../components/format-date.ts';
import { Pill } from '../../components/pill.tsx';
import { CaptureInnovationForm } from './capture-innovation-form.tsx';
import { useSessionWrite } from './use-cocreation.ts';

export const outcomeWords: Record<OutcomeResult, string> = { won: 'Won', advanced: 'Moved forward', no_change: 'No change' };
const outcomeHints: Record<OutcomeResult, string> = {
  won: 'The deal closed won.', advanced: 'It moved: a next stage, a meeting, a yes from a blocker.', no_change: 'Nothing moved yet.',
};

/** Later: what happened, and a success captured as an innovation with its lesson. */
export function OutcomeStep({ session }: { session: CoCreationSession }) {
  return (
    <div className="stack-lg">
      {session.outcome === null ? <RecordOutcome session={session} /> : (
        <div className="outcome-recorded">
          <Pill tone={session.outcome.result === 'no_change' ? 'neutral' : 'success'}>{outcomeWords[session.outcome.result]}</Pill>
          <span>{session.outcome.note ?? ''}</span>
          <span className="text-secondary small">recorded {formatDate(session.outcome.recordedOn)}{session.outcome.recordedBy !== null ? ` by ${session.outcome.recordedBy.name}` : ''}</span>
        </div>
      )}
      {session.innovation !== null && (
        <p className="form-success" role="status">
          Captured in the library as <Link to={`/innovations/${session.innovation.id}`}>{session.innovation.title}</Link>. Thank you for sharing what worked.
        </p>
      )}
      {session.canCapture && session.canEdit && session.innovation === null && <CaptureInnovationForm session={session} />}
      {session.outcome !== null && session.outcome.result === 'no_change' && (
        <p className="text-secondary">Nothing moved yet: another co-creation session, with a different obstacle or lens, may find a way.</p>
      )}
    </div>
  );
}

function RecordOutcome({ session }: { session: CoCreationSession }) {
  const write = useSessionWrite(session.id);
  const [result, setResult] = useState<OutcomeResult | null>(null);
  const [note, setNote] = useState('');
  if (!session.canEdit) return <p className="text-secondary">No outcome recorded yet.</p>;
  return (
    <form className="stack" onSubmit={(e) => {
      e.preventDefault();
      if (result !== null) write.mutate({ method: 'POST', path: '/outcome', body: { result, note: note.trim() === '' ? null : note.trim() } });
    }}>
      <p className="text-secondary">Come back once the chosen ideas have been tried: what happened?</p>
      <fieldset className="rating-group">
        <legend className="field-label">What happened</legend>
        <div className="outcome-options">
          {(Object.keys(outcomeWords) as OutcomeResult[]).map((value) => (
            <label key={value} className="rating-option">
              <input type="radio" name="outcome" value={value} checked={result === value} onChange={() => setResult(value)} />
              <span><strong>{outcomeWords[value]}</strong> <span className="text-secondary">{outcomeHints[value]}</span></span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label className="field-label" htmlFor="outcome-note">What made the difference <span className="field-optional">(optional)</span></label>
        <textarea id="outcome-note" className="input textarea" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={result === null || write.isPending}>Record outcome</button>
      </div>
      {write.isError && <p className="field-error" role="alert">{write.error.message}</p>}
    </form>
  );
}
