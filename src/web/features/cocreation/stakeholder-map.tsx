import { useState } from 'react';
import type { CoCreationSession } from '../../../contract/cocreation.ts';
import { influenceLabels, stanceLabels, type Influence, type Stance } from '../../components/stakeholder-labels.ts';
import { useSessionWrite } from './use-cocreation.ts';

type Stakeholder = CoCreationSession['stakeholders'][number];
type Write = ReturnType<typeof useSessionWrite>;

const stances = Object.entries(stanceLabels) as [Stance, string][];
const influences = Object.entries(influenceLabels) as [Influence, string][];

/** Who is involved on the customer's side: each change is saved at once, to the deal's stakeholders. */
export function StakeholderMap({ session }: { session: CoCreationSession }) {
  const write = useSessionWrite(session.id);
  return (
    <section aria-labelledby="map-title" className="stack">
      <div>
        <h3 id="map-title" className="step-subtitle">Who is involved</h3>
        <p className="field-hint">Everyone with a say in the decision: their role, where they stand, and whether anyone on our side is really talking with them.</p>
      </div>
      {session.stakeholders.length > 0 && (
        <div className="table-scroll">
          <table className="table stakeholder-table">
            <caption className="sr-only">Stakeholders of {session.deal.name}</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Stance</th><th scope="col">Influence</th><th scope="col">Engaged</th></tr></thead>
            <tbody>{session.stakeholders.map((s) => <StakeholderRow key={s.id} stakeholder={s} write={write} disabled={!session.canEdit} />)}</tbody>
          </table>
        </div>
      )}
      {session.canEdit && <AddStakeholder write={write} />}
      {write.isError && <p className="field-error" role="alert">{write.error.message}</p>}
    </section>
  );
}

function StakeholderRow({ stakeholder: s, write, disabled }: { stakeholder: Stakeholder; write: Write; disabled: boolean }) {
  const [role, setRole] = useState(s.role ?? '');
  // Choices show at once; the server's answer (the whole session) then replaces them.
  const [draft, setDraft] = useState<{ stance?: string; influence?: string; engaged?: boolean }>({});
  const patch = (body: Record<string, unknown>, shown: typeof draft = {}) => {
    setDraft((d) => ({ ...d, ...shown }));
    write.mutate({ method: 'PATCH', path: `/stakeholders/${s.id}`, body }, { onSettled: () => setDraft({}) });
  };
  const stance = draft.stance ?? s.stance ?? '';
  const influence = draft.influence ?? s.influence ?? '';
  const engaged = draft.engaged ?? s.engaged;
  return (
    <tr>
      <th scope="row">{s.name}</th>
      <td>
        <input className="input input-compact" aria-label={`Role of ${s.name}`} value={role} disabled={disabled}
          onChange={(e) => setRole(e.target.value)}
          onBlur={() => { if (role.trim() !== (s.role ?? '')) patch({ role: role.trim() === '' ? null : role.trim() }); }} />
      </td>
      <td>
        <select className="select select-sm" aria-label={`Stance of ${s.name}`} value={stance} disabled={disabled}
          onChange={(e) => patch({ stance: e.target.value === '' ? null : e.target.value }, { stance: e.target.value })}>
          <option value="">Not known</option>
          {stances.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </td>
      <td>
        <select className="select select-sm" aria-label={`Influence of ${s.name}`} value={influence} disabled={disabled}
          onChange={(e) => patch({ influence: e.target.value === '' ? null : e.target.value }, { influence: e.target.value })}>
          <option value="">Not known</option>
          {influences.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </td>
      <td>
        <label className="engaged-toggle">
          <input type="checkbox" checked={engaged} disabled={disabled} onChange={(e) => patch({ engaged: e.target.checked }, { engaged: e.target.checked })} />
          <span>{engaged ? 'Yes' : 'No'}</span><span className="sr-only">: {s.name} engaged</span>
        </label>
      </td>
    </tr>
  );
}

function AddStakeholder({ write }: { write: Write }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [stance, setStance] = useState('');
  const [engaged, setEngaged] = useState(false);
  return (
    <form className="add-stakeholder" onSubmit={(e) => {
      e.preventDefault();
      if (name.trim() === '') return;
      write.mutate(
        { method: 'POST', path: '/stakeholders', body: { name: name.trim(), role: role.trim() === '' ? null : role.trim(), stance: stance === '' ? null : stance, engaged } },
        { onSuccess: () => { setName(''); setRole(''); setStance(''); setEngaged(false); } },
      );
    }}>
      <div className="field">
        <label className="field-label" htmlFor="new-stakeholder-name">Name</label>
        <input id="new-stakeholder-name" className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Dana Ortiz" />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="new-stakeholder-role">Role</label>
        <input id="new-stakeholder-role" className="input" value={role} onChange={(e) => setRole(e.target.value)} placeholder="e.g. CFO" />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="new-stakeholder-stance">Stance</label>
        <select id="new-stakeholder-stance" className="select" value={stance} onChange={(e) => setStance(e.target.value)}>
          <option value="">Not known</option>
          {stances.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <label className="engaged-toggle add-stakeholder-engaged">
        <input type="checkbox" checked={engaged} onChange={(e) => setEngaged(e.target.checked)} /> Engaged
      </label>
      <button type="submit" className="button" disabled={name.trim() === '' || write.isPending}>Add stakeholder</button>
    </form>
  );
}
