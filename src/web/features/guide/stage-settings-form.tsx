// An admin edits a stage: its name, the days a deal should spend in it, and its conversion
// benchmark target. Empty figures fall back to the org's medians (docs/coaching-guide.md).
import { useState } from 'react';
import type { GuideStage } from './guide-types.ts';
import { checkExpectedDays, checkTargetPercent, checkText, serverFieldErrors } from './guide-rules.ts';
import { TextField } from '../../components/text-field.tsx';
import { useGuideEdit } from './use-guide.ts';

const percent = (v: number | null) => (v === null ? '' : String(Math.round(v * 1000) / 10));

export function StageSettingsForm({ stage, onDone }: { stage: GuideStage; onDone: () => void }) {
  const edit = useGuideEdit();
  const { conversion, daysInStage } = stage.kpis;
  const [name, setName] = useState(stage.name);
  const [days, setDays] = useState(stage.expectedDays === null ? '' : String(stage.expectedDays));
  const [target, setTarget] = useState(percent(conversion.target));
  const [tried, setTried] = useState(false);
  const local = { name: checkText(name, 'stage name', 60), expectedDays: checkExpectedDays(days), conversionTarget: checkTargetPercent(target) };
  const server = serverFieldErrors(edit.error, ['name', 'expectedDays', 'conversionTarget']);
  const shown = (field: keyof typeof local) => (tried ? local[field] : null) ?? server[field];
  const save = () => {
    setTried(true);
    if (Object.values(local).some((e) => e !== null)) return;
    const patch: Record<string, unknown> = {};
    if (name.trim() !== stage.name) patch.name = name.trim();
    const nextDays = days.trim() === '' ? null : Number(days);
    if (nextDays !== stage.expectedDays) patch.expectedDays = nextDays;
    const nextTarget = target.trim() === '' ? null : Math.round(Number(target) * 10) / 1000;
    if (nextTarget !== conversion.target && percent(nextTarget) !== percent(conversion.target)) patch.conversionTarget = nextTarget;
    if (Object.keys(patch).length === 0) { onDone(); return; }
    edit.mutate({ method: 'PATCH', path: `/stages/${stage.id}`, body: patch }, { onSuccess: onDone });
  };
  const medianDays = daysInStage.median === null ? 'the median, once deals have left the stage' : `the median, ${Math.round(daysInStage.median)} days`;
  const medianRate = conversion.median === null ? 'the median, once enough reps have deals here' : `the median, ${Math.round(conversion.median * 100)} %`;
  return (
    <form className="guide-form" noValidate onSubmit={(e) => { e.preventDefault(); save(); }}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onDone(); } }}>
      <TextField label="Stage name" value={name} onValueChange={setName} autoFocus className="input input-sm" maxLength={80} error={shown('name')} />
      <TextField label="Expected days in stage" optional value={days} onValueChange={setDays} className="input input-sm"
        inputMode="numeric" hint={`Empty: ${medianDays}.`} error={shown('expectedDays')} />
      <TextField label={`Target conversion to ${conversion.nextStageName} (%)`} optional value={target} onValueChange={setTarget}
        className="input input-sm" inputMode="decimal" hint={`Skill gaps are measured against it. Empty: ${medianRate}.`}
        error={shown('conversionTarget')} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-sm" disabled={edit.isPending}>{edit.isPending ? 'Saving…' : 'Save stage'}</button>
        <button type="button" className="button button-ghost button-sm" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
