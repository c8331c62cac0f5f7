import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/alert.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { addDaysIso, todayIso, useOpenDeals, useScheduleDealSession } from './use-cadences.ts';

type Props = { reps: { id: number; name: string }[] };

/** Deal coaching on demand: one planned session with a rep about one of their open deals. */
export function DealSessionForm({ reps }: Props) {
  const [repId, setRepId] = useState('');
  const [dealId, setDealId] = useState('');
  const [day, setDay] = useState(() => addDaysIso(todayIso(), 1));
  const [time, setTime] = useState('10:00');
  const [minutes, setMinutes] = useState('30');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const deals = useOpenDeals(repId === '' ? null : Number(repId));
  const schedule = useScheduleDealSession();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (repId === '') found.rep = 'Choose the rep.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) found.day = 'Choose a day.';
    else if (day < todayIso()) found.day = 'A day from today on.';
    if (!/^\d{2}:\d{2}$/.test(time)) found.time = 'A time such as 10:00.';
    const duration = Number(minutes);
    if (!Number.isInteger(duration) || duration < 5 || duration > 480) found.minutes = 'Between 5 and 480 minutes.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    // The time is the manager's own wall-clock time, as their browser knows it.
    const scheduledAt = `${new Date(`${day}T${time}:00`).toISOString().slice(0, 19)}Z`;
    schedule.mutate({ repId: Number(repId), opportunityId: dealId === '' ? null : Number(dealId), scheduledAt, durationMin: duration });
  };

  const dealOptions = [
    { value: '', label: repId === '' ? 'Choose a rep first' : deals.isPending ? 'Loading deals…' : 'No particular deal' },
    ...(deals.data?.items ?? []).map((d) => ({ value: String(d.id), label: `${d.name}${d.accountName ? ` (${d.accountName})` : ''}` })),
  ];

  return (
    <section className="card" aria-labelledby="deal-session-title">
      <div className="card-header">
        <div>
          <h2 id="deal-session-title">Deal coaching on demand</h2>
          <p>Plan a session with a rep about a deal that needs it, outside the weekly rhythm.</p>
        </div>
      </div>
      <form className="card-body form" onSubmit={submit} noValidate>
        {schedule.isSuccess && (
          <Alert tone="success" live title="Deal coaching planned">
            <Link to={`/sessions/${schedule.data.id}`}>Open the session</Link> to prepare it.
          </Alert>
        )}
        {schedule.isError && <Alert tone="danger" live title="Not planned">{schedule.error.message}</Alert>}
        <div className="deal-session-fields">
          <SelectField label="Rep" value={repId} error={errors.rep} onValueChange={(v) => { setRepId(v); setDealId(''); }}
            options={[{ value: '', label: 'Choose a rep…' }, ...reps.map((r) => ({ value: String(r.id), label: r.name }))]} />
          <SelectField label="Deal" value={dealId} options={dealOptions} onValueChange={setDealId} disabled={repId === ''} optional />
          <TextField label="Day" type="date" value={day} onValueChange={setDay} error={errors.day} min={todayIso()} />
          <TextField label="Time" type="time" value={time} onValueChange={setTime} error={errors.time} />
          <TextField label="Minutes" type="number" min={5} max={480} step={5} value={minutes} onValueChange={setMinutes} error={errors.minutes} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={schedule.isPending}>{schedule.isPending ? 'Planning…' : 'Plan deal coaching'}</button>
        </div>
      </form>
    </section>
  );
}
