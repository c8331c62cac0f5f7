import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CadenceWithSuggestion } from '../../../contract/cadence.ts';
import { isApiError } from '../../api/api-error.ts';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import { Alert } from '../../components/alert.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { changesOf, checkDraft, draftOf, WEEKDAYS, type CadenceDraft, type DraftErrors } from './cadence-rhythm.ts';

const dayOptions = WEEKDAYS.map((day, index) => ({ value: String(index + 1), label: day }));
const everyOptions = Array.from({ length: 12 }, (_, index) => ({ value: String(index + 1), label: index === 0 ? 'Every week' : `Every ${index + 1} weeks` }));

type Props = {
  cadence: CadenceWithSuggestion;
  title: string;
  saving: boolean;
  error: Error | null;
  onSave: (changes: Record<string, unknown>) => void;
  onCancel: () => void;
};

/** Edits one cadence in place; checks each field as the API will, and shows the API's refusals next to the field. */
export function CadenceEditForm({ cadence, title, saving, error, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<CadenceDraft>(() => draftOf(cadence));
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // Opening the editor moves focus into it; Escape closes it.
  useEffect(() => form.current?.querySelector<HTMLElement>('select, input')?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !saving) onCancel();
  };
  const errors: DraftErrors = tried ? checkDraft(draft) : {};
  const serverErrors = fieldErrorsOf(error);
  const set = (field: keyof CadenceDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const problems = checkDraft(draft);
    if (Object.keys(problems).length > 0) {
      const first = event.currentTarget.querySelector<HTMLElement>(`[name="${Object.keys(problems)[0]}"]`);
      first?.focus();
      return;
    }
    const changes = changesOf(cadence, draft);
    if (Object.keys(changes).length === 0) onCancel();
    else onSave(changes);
  };

  return (
    <form ref={form} className="cadence-edit" onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label={`Edit ${title}`}>
      {error && !Object.keys(serverErrors).length && <Alert tone="danger" live title="Not saved">{error.message}</Alert>}
      <div className="cadence-edit-fields">
        <SelectField label="Day" name="weekday" value={draft.weekday} options={dayOptions} onValueChange={set('weekday')} error={errors.weekday ?? serverErrors.weekday} />
        <TextField label="Time" name="localTime" type="time" value={draft.localTime} onValueChange={set('localTime')}
          error={errors.localTime ?? serverErrors.localTime} hint={cadence.timeZone} />
        <SelectField label="Rhythm" name="everyWeeks" value={draft.everyWeeks} options={everyOptions} onValueChange={set('everyWeeks')} error={errors.everyWeeks ?? serverErrors.everyWeeks} />
        <TextField label="Minutes" name="durationMin" type="number" inputMode="numeric" min={5} max={480} step={5} value={draft.durationMin}
          onValueChange={set('durationMin')} error={errors.durationMin ?? serverErrors.durationMin} hint="5–480" />
        <TextField label="Starts on" name="startsOn" type="date" value={draft.startsOn} onValueChange={set('startsOn')} error={errors.startsOn ?? serverErrors.startsOn} />
      </div>
      <div className="cadence-edit-footer">
        <label className="checkbox">
          <input type="checkbox" name="active" checked={draft.active} onChange={(event) => setDraft((d) => ({ ...d, active: event.target.checked }))} />
          <span className="checkbox-label">Active <span className="text-secondary">(untick to pause: no sessions are planned while paused)</span></span>
        </label>
        <div className="form-actions">
          <button type="button" className="button button-sm" onClick={onCancel} disabled={saving}>Cancel</button>
          <button type="submit" className="button button-primary button-sm" disabled={saving}>{saving ? 'Saving…' : 'Save'}</button>
        </div>
      </div>
    </form>
  );
}

const FIELDS = ['weekday', 'localTime', 'everyWeeks', 'durationMin', 'startsOn'] as const;

/** A 400's details that name a field of the form. */
function fieldErrorsOf(error: Error | null): DraftErrors {
  if (!isApiError(error)) return {};
  const all = fieldErrorsFrom(error);
  return Object.fromEntries(FIELDS.filter((f) => all[f] !== undefined).map((f) => [f, all[f]]));
}
