import { Fragment, useState } from 'react';
import type { CadenceWithSuggestion } from '../../../contract/cadence.ts';
import { formatDate } from '../../components/format-date.ts';
import { Pill } from '../../components/pill.tsx';
import { CadenceEditForm } from './cadence-edit-form.tsx';
import { describeRhythm, differsFromSuggestion, kindLabels } from './cadence-rhythm.ts';
import { useSaveCadence } from './use-cadences.ts';

type Props = { cadences: CadenceWithSuggestion[]; timeZone: string; managerId: number | null; owner: string };

const titleOf = (c: CadenceWithSuggestion) => (c.kind === 'team_skill' ? 'Team skill session' : `${kindLabels[c.kind]} with ${c.repName ?? 'a rep'}`);
/** "Star", "Core performer", … : the segment named at the start of the suggestion's reason. */
const segmentOf = (c: CadenceWithSuggestion) => c.suggestion?.reason.split(':')[0] ?? null;

/** The manager's cadences, each editable in place; saving re-plans its coming sessions. */
export function CadenceTable({ cadences, timeZone, managerId, owner }: Props) {
  const [editing, setEditing] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const save = useSaveCadence(managerId);
  const sorted = [...cadences].sort((a, b) => order(a) - order(b) || (a.repName ?? '').localeCompare(b.repName ?? ''));

  const run = (cadence: CadenceWithSuggestion, changes: Record<string, unknown>, done: string) => {
    setMessage('');
    save.mutate({ id: cadence.id, changes }, {
      onSuccess: ({ generated }) => {
        setEditing(null);
        setMessage(`${done} ${generated.created === 1 ? '1 session' : `${generated.created} sessions`} planned for the next four weeks.`);
      },
    });
  };

  return (
    <section className="card card-flush" aria-labelledby="cadences-title">
      <div className="card-header">
        <div>
          <h2 id="cadences-title">Rhythms</h2>
          <p>{owner} 1:1 with each rep and team skill session. Times are local to each rhythm's time zone{timeZone ? ` (the org's is ${timeZone})` : ''}.</p>
        </div>
        <p className="cadence-message" role="status">{message}</p>
      </div>
      <div className="table-scroll">
        <table className="table cadence-table table-cards">
          <thead>
            <tr>
              <th scope="col">With</th>
              <th scope="col">Rhythm</th>
              <th scope="col" className="num">Length</th>
              <th scope="col">Since</th>
              <th scope="col">Status</th>
              <th scope="col"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((cadence) => {
              const title = titleOf(cadence);
              const segment = segmentOf(cadence);
              const suggest = differsFromSuggestion(cadence) ? cadence.suggestion : null;
              return (
                <Fragment key={cadence.id}>
                  <tr data-cadence={cadence.id} data-active={cadence.active}>
                    <th scope="row">
                      {cadence.kind === 'team_skill' ? 'Whole team' : cadence.repName}
                      <span className="cell-sub">{kindLabels[cadence.kind]}{segment && cadence.kind === 'one_on_one' ? ` · ${segment}` : ''}</span>
                    </th>
                    <td data-label="Rhythm">
                      {describeRhythm(cadence)}
                      {cadence.timeZone !== timeZone && <span className="cell-sub">{cadence.timeZone}</span>}
                      {suggest && (
                        <span className="cadence-suggestion">
                          Suggested: {suggest.everyWeeks === 1 ? 'weekly' : `every ${suggest.everyWeeks} weeks`}, {suggest.durationMin} min.{' '}
                          <button type="button" className="link-button" disabled={save.isPending}
                            onClick={() => run(cadence, { everyWeeks: suggest.everyWeeks, durationMin: suggest.durationMin }, `${title}: suggestion applied.`)}
                            aria-label={`Apply the suggestion to the ${title}`}>Apply</button>
                        </span>
                      )}
                    </td>
                    <td className="num" data-label="Length">{cadence.durationMin} min</td>
                    <td className="nowrap" data-label="Since">{formatDate(cadence.startsOn)}</td>
                    <td data-label="Status">{cadence.active ? <Pill tone="success">Active</Pill> : <Pill tone="neutral">Paused</Pill>}</td>
                    <td className="num cell-actions">
                      <span className="row-actions">
                        <button type="button" className="button button-sm button-ghost" disabled={save.isPending}
                          onClick={() => run(cadence, { active: !cadence.active }, `${title} ${cadence.active ? 'paused' : 'resumed'}.`)}
                          aria-label={`${cadence.active ? 'Pause' : 'Resume'} the ${title}`}>{cadence.active ? 'Pause' : 'Resume'}</button>
                        <button type="button" className="button button-sm" aria-expanded={editing === cadence.id}
                          onClick={() => { save.reset(); setEditing(editing === cadence.id ? null : cadence.id); }}
                          aria-label={`Edit the ${title}`}>Edit</button>
                      </span>
                    </td>
                  </tr>
                  {editing === cadence.id && (
                    <tr className="expanded-row">
                      <td colSpan={6}>
                        <CadenceEditForm cadence={cadence} title={title} saving={save.isPending} error={save.error}
                          onSave={(changes) => run(cadence, changes, `${title} saved.`)} onCancel={() => setEditing(null)} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {save.isError && editing === null && <p className="field-error cadence-table-error" role="alert">Not saved: {save.error.message}</p>}
    </section>
  );
}

const order = (c: CadenceWithSuggestion) => (c.kind === 'team_skill' ? 0 : c.kind === 'one_on_one' ? 1 : 2);
