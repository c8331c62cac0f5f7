// The Affirm step: the reminder that this is development, not evaluation.
import type { SessionDetail } from '../../../contract/coaching.ts';
import { Alert } from '../../components/alert.tsx';
import { StepField } from './step-field.tsx';
import { usePatchSession } from './use-sessions.ts';

export function AffirmStep({ session }: { session: SessionDetail }) {
  const patch = usePatchSession(session.id);
  return (
    <div className="stack">
      <Alert tone="info" title="Development, not evaluation">{session.affirmReminder}</Alert>
      <StepField label="Affirm note" hint="What went well; what you appreciate. Saved when you leave the field."
        initial={session.affirm} rows={4} onSave={(value) => patch.mutateAsync({ affirm: value })} />
      <StepField label="Private note" hint="Only you see this (never the rep, never a performance export)."
        initial={session.privateNote} rows={3} onSave={(value) => patch.mutateAsync({ privateNote: value })} />
    </div>
  );
}
