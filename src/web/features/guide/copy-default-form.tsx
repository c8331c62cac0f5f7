// Gives a stage of an imported process (Maven's Engaging, a CRM's Needs analysis) the
// default guide's behaviours of a stage that means the same, with their starter questions.
import { useState } from 'react';
import type { CopyDefaultResult, GuideStage } from './guide-types.ts';
import { SelectField } from '../../components/select-field.tsx';
import { useDefaultGuide, useGuideEdit } from './use-guide.ts';

export function CopyDefaultForm({ stage }: { stage: GuideStage }) {
  const defaults = useDefaultGuide(true);
  const edit = useGuideEdit<CopyDefaultResult>();
  const suggested = stage.suggestedDefaultStage ?? '';
  const [from, setFrom] = useState<string | null>(null);
  const [questions, setQuestions] = useState(true);
  const chosen = from ?? suggested;
  const source = defaults.data?.stages.find((s) => s.key === chosen);
  const options = [{ value: '', label: 'Choose a stage…' }, ...(defaults.data?.stages ?? []).map((s) => ({ value: s.key, label: s.key === suggested ? `${s.name} (suggested)` : s.name }))];
  const result = edit.data;
  return (
    <form className="guide-form guide-copy" onSubmit={(e) => {
      e.preventDefault();
      if (chosen !== '') edit.mutate({ method: 'POST', path: `/stages/${stage.id}/copy-default`, body: { fromStageKey: chosen, questions } });
    }}>
      <SelectField label="Copy behaviours from the default stage" value={chosen} options={options} onValueChange={setFrom}
        disabled={defaults.isPending} error={edit.error?.message ?? (defaults.isError ? 'The default guide did not load.' : null)} />
      {source !== undefined && (
        <ul className="guide-copy-preview" aria-label={`Behaviours of the default stage ${source.name}`}>
          {source.behaviours.map((b) => <li key={b.key}>{b.name}</li>)}
        </ul>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={questions} onChange={(e) => setQuestions(e.target.checked)} />
        <span className="checkbox-label">With their starter questions</span>
      </label>
      <div className="form-actions">
        <button type="submit" className="button button-sm" disabled={chosen === '' || edit.isPending}>{edit.isPending ? 'Copying…' : 'Copy behaviours'}</button>
      </div>
      {result !== undefined && (
        <p className="small guide-copy-result" role="status">
          Copied {result.behaviours.length} behaviour{result.behaviours.length === 1 ? '' : 's'} and {result.questionsCopied} question
          {result.questionsCopied === 1 ? '' : 's'}{result.skipped.length > 0 ? `; ${result.skipped.length} already here, skipped` : ''}.
        </p>
      )}
    </form>
  );
}
