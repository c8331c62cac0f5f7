// What a new coaching session needs (SPEC §4.8, §4.9): a one-on-one or deal session is
// with one rep (a deal session may name the deal); a team skill session is with the
// manager's team, so names no rep. A planned session has its time; a session recorded as
// already held has its held time and duration.
import { checkHeld, type Checked, type SessionStatus } from './session-status.ts';

export type NewSessionKind = 'one_on_one' | 'deal' | 'team_skill';

export type NewSession = {
  kind: NewSessionKind;
  repId: number | null;
  opportunityId: number | null;
  status: Extract<SessionStatus, 'planned' | 'held'>;
  scheduledAt: string | null;
  heldAt: string | null;
  durationMin: number | null;
};

export type NewSessionTimes = { scheduledAt: string | null; heldAt: string | null; durationMin: number | null };

export function checkNewSession(session: NewSession, now: string): Checked<NewSessionTimes> {
  if (session.kind === 'team_skill' && session.repId !== null) {
    return { ok: false, code: 'unprocessable', message: 'A team skill session is with the whole team: leave repId out.' };
  }
  if (session.kind !== 'team_skill' && session.repId === null) {
    return { ok: false, code: 'unprocessable', message: `A ${session.kind === 'deal' ? 'deal' : 'one-on-one'} session needs the rep (repId).` };
  }
  if (session.opportunityId !== null && session.kind !== 'deal') {
    return { ok: false, code: 'unprocessable', message: 'Only a deal session names a deal (opportunityId).' };
  }
  if (session.status === 'planned') {
    if (session.scheduledAt === null) return { ok: false, code: 'unprocessable', message: 'A planned session needs its time (scheduledAt).' };
    if (session.heldAt !== null) return { ok: false, code: 'unprocessable', message: 'A planned session has no heldAt yet; create it as held instead.' };
    if (session.durationMin !== null && (session.durationMin < 1 || session.durationMin > 480)) {
      return { ok: false, code: 'unprocessable', message: 'durationMin must be between 1 and 480 minutes.' };
    }
    return { ok: true, value: { scheduledAt: session.scheduledAt, heldAt: null, durationMin: session.durationMin } };
  }
  const heldAt = session.heldAt ?? now;
  const held = checkHeld({ heldAt, durationMin: session.durationMin }, now);
  if (!held.ok) return held;
  return { ok: true, value: { scheduledAt: session.scheduledAt ?? heldAt, heldAt, durationMin: held.value.durationMin } };
}

/** A behaviour belongs to one stage: naming it fixes the stage; naming both, they must agree. */
export function resolveFocus(
  requested: { stageId?: number | null; behaviourId?: number | null },
  current: { stageId: number | null; behaviourId: number | null },
  behaviourStage: number | null,
): Checked<{ stageId: number | null; behaviourId: number | null }> {
  const behaviourId = requested.behaviourId !== undefined ? requested.behaviourId : current.behaviourId;
  let stageId = requested.stageId !== undefined ? requested.stageId : current.stageId;
  if (behaviourId !== null && behaviourStage !== null) {
    const askedStage = requested.stageId ?? null;
    if (askedStage !== null && askedStage !== behaviourStage) {
      const message = requested.behaviourId === undefined
        ? `The session's behaviour belongs to another stage than stage #${askedStage}: choose one of that stage's behaviours too (or behaviourId null).`
        : `Behaviour #${behaviourId} belongs to another stage than stage #${askedStage}.`;
      return { ok: false, code: 'unprocessable', message };
    }
    stageId = behaviourStage;
  }
  return { ok: true, value: { stageId, behaviourId } };
}
