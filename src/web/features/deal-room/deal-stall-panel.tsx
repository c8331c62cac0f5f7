import { useState } from 'react';
import type { DealRoom } from '../../../contract/deal-room.ts';
import { formatDate } from '../../components/format-date.ts';
import { IconInfo } from '../../components/icons.tsx';
import { Pill } from '../../components/pill.tsx';
import { SnoozeDealForm, useSnoozeMutations } from '../../components/snooze-deal-form.tsx';
import { signalLabels, StallSignalList } from '../../components/stall-signal-list.tsx';

/** Why the deal is (or is not) judged stalled on the as-of date, and its snooze. */
export function DealStallPanel({ room }: { room: DealRoom }) {
  const { stall, deal } = room;
  const [snoozing, setSnoozing] = useState(false);
  const { wake } = useSnoozeMutations(deal.id);
  const snoozed = stall.snooze !== null && stall.snooze.active;
  const headline = !stall.open ? 'Closed on this date: stall signals apply to open deals only.'
    : snoozed ? `Snoozed until ${formatDate(stall.snooze!.until)}`
    : stall.stalled ? `Stalled: ${stall.signals.length} ${stall.signals.length === 1 ? 'signal' : 'signals'}`
    : 'Moving: no stall signal fired';
  return (
    <section className="card" aria-labelledby="stall-title">
      <div className="card-header">
        <div>
          <h2 id="stall-title">Why it looks stalled</h2>
          <p>{headline}</p>
        </div>
        {stall.open && room.canSnooze && !snoozed && !snoozing && (
          <button type="button" className="button button-sm" onClick={() => setSnoozing(true)}>Snooze…</button>
        )}
        {snoozed && room.canSnooze && (
          <button type="button" className="button button-ghost button-sm" disabled={wake.isPending} onClick={() => wake.mutate()}>End snooze</button>
        )}
      </div>
      <div className="card-body stack">
        {snoozed && (
          <p className="room-snooze">
            <Pill tone="info">Snoozed</Pill> {stall.snooze!.reason}
            <span className="text-secondary small"> · {stall.snooze!.createdBy ?? 'someone'} on {formatDate(stall.snooze!.createdAt)}</span>
          </p>
        )}
        {stall.snooze !== null && !stall.snooze.active && (
          <p className="text-secondary small">A snooze ended on {formatDate(stall.snooze.until)} ({stall.snooze.reason}).</p>
        )}
        {stall.signals.length > 0 && <StallSignalList signals={stall.signals} />}
        {stall.open && stall.signals.length === 0 && <p className="text-secondary">Nothing stands out as of {formatDate(room.asOf)}.</p>}
        {snoozing && <SnoozeDealForm dealId={deal.id} dealName={deal.name} asOf={room.asOf} onDone={() => setSnoozing(false)} />}
        {stall.notEvaluated.length > 0 && (
          <p className="room-not-evaluated">
            <IconInfo />
            <span>Not checked for this organisation: {stall.notEvaluated.map((n) => `${signalLabels[n.code]} (${n.reason})`).join('; ')}.</span>
          </p>
        )}
      </div>
    </section>
  );
}
