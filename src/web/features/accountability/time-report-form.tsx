import { useState, type FormEvent } from 'react';
import type { TimeCategory, TimeEntriesResponse, WeekAdherence } from '../../../contract/cadence.ts';
import { Alert } from '../../components/alert.tsx';
import { Pill } from '../../components/pill.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { bandLabels, bandOf, bandTones, formatHours, formatShare, shareOf, WORKING_HOURS } from './share-band.ts';
import { useSaveTimeEntries, useTimeEntries } from './use-accountability.ts';

// SPEC §4.9's categories, in the order a manager thinks of their week.
const CATEGORIES: { key: TimeCategory; label: string; hint: string }[] = [
  { key: 'coaching', label: 'Coaching', hint: 'beyond the sessions logged here: ride-alongs, call reviews' },
  { key: 'deal_support', label: 'Deal support', hint: 'joining or working reps\u2019 deals' },
  { key: 'selling', label: 'Own selling', hint: 'accounts you carry yourself' },
  { key: 'admin', label: 'Admin and reporting', hint: 'forecasts, CRM hygiene, meetings' },
  { key: 'resource_allocation', label: 'Resource allocation', hint: 'territories, hiring, planning' },
  { key: 'other', label: 'Other', hint: '' },
];

type Props = { managerId: number | null; weeks: WeekAdherence[]; isSelf: boolean; managerName: string };
const weekLabel = (monday: string) => `Week of ${new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${monday}T00:00:00Z`))}`;

/** The weekly time-allocation self-report; its coaching hours count towards the coaching share. */
export function TimeReportForm({ managerId, weeks, isSelf, managerName }: Props) {
  const newest = [...weeks].sort((a, b) => b.weekStart.localeCompare(a.weekStart));
  const [week, setWeek] = useState(newest[0]?.weekStart ?? '');
  const entries = useTimeEntries(managerId, week);
  const adherence = weeks.find((w) => w.weekStart === week);
  return (
    <section className="card" aria-labelledby="time-title">
      <div className="card-header">
        <div>
          <h2 id="time-title">{isSelf ? 'Where did your week go?' : `${managerName}'s time report`}</h2>
          <p>{isSelf ? 'A rough self-report, in hours, once a week.' : 'Correct a manager\u2019s self-report, in hours.'} Coaching hours add to the sessions held in the coaching share; the rest shows the leader where the time goes.</p>
        </div>
        <SelectField className="time-week" label="Week" value={week} onValueChange={setWeek}
          options={newest.map((w) => ({ value: w.weekStart, label: weekLabel(w.weekStart) }))} />
      </div>
      {entries.isPending && <p className="card-body text-secondary">Loading the report…</p>}
      {entries.isError && <p className="card-body field-error">Could not load the report: {entries.error.message}</p>}
      {entries.data && <ReportFields key={week} managerId={managerId} week={week}
        saved={entries.data} heldMinutes={adherence?.heldMinutes ?? 0} />}
    </section>
  );
}

function ReportFields({ managerId, week, saved, heldMinutes }: { managerId: number | null; week: string; saved: TimeEntriesResponse; heldMinutes: number }) {
  const initial = Object.fromEntries(CATEGORIES.map((c) => [c.key, String(saved.entries.find((e) => e.category === c.key)?.hours ?? '')])) as Record<TimeCategory, string>;
  const [draft, setDraft] = useState(initial);
  const save = useSaveTimeEntries();
  const hours = (key: TimeCategory) => (draft[key].trim() === '' ? 0 : Number(draft[key]));
  const errors = Object.fromEntries(CATEGORIES.filter((c) => {
    const value = hours(c.key);
    return Number.isNaN(value) || value < 0 || value > 168;
  }).map((c) => [c.key, 'Hours from 0 to 168.'])) as Partial<Record<TimeCategory, string>>;
  const valid = Object.keys(errors).length === 0;
  const total = CATEGORIES.reduce((sum, c) => sum + (Number.isNaN(hours(c.key)) ? 0 : hours(c.key)), 0);
  const coaching = valid ? hours('coaching') : 0;
  const share = shareOf(heldMinutes, coaching);
  const band = bandOf(share);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    save.mutate({ managerId, week, entries: CATEGORIES.filter((c) => hours(c.key) > 0).map((c) => ({ category: c.key, hours: hours(c.key) })) });
  };

  return (
    <form className="card-body form" onSubmit={submit} noValidate>
      <div className="time-fields">
        {CATEGORIES.map((c) => (
          <TextField key={c.key} label={`${c.label} (hours)`} type="number" inputMode="decimal" min={0} max={168} step={0.5}
            value={draft[c.key]} placeholder="0" error={errors[c.key]} hint={c.hint || undefined}
            onValueChange={(value) => { save.reset(); setDraft((d) => ({ ...d, [c.key]: value })); }} />
        ))}
      </div>
      <div className="time-preview" aria-live="polite">
        <p>
          Held sessions <strong>{formatHours(Math.round((heldMinutes / 60) * 10) / 10)}</strong> + reported coaching <strong>{formatHours(coaching)}</strong>{' '}
          of a {WORKING_HOURS}-hour week = coaching share <strong className="time-share">{formatShare(share)}</strong>{' '}
          <Pill tone={bandTones[band]}>{bandLabels[band]}</Pill>
        </p>
        <p className="text-secondary">Reported in all: {formatHours(total)}{total > WORKING_HOURS ? ` (more than ${WORKING_HOURS} h: the share still counts ${WORKING_HOURS})` : ''}.</p>
      </div>
      {save.isError && <Alert tone="danger" live title="Not saved">{save.error.message}</Alert>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={!valid || save.isPending}>{save.isPending ? 'Saving…' : 'Save the week'}</button>
        {save.isSuccess && <span className="form-success" role="status">Saved. The coaching share is updated.</span>}
      </div>
    </form>
  );
}
