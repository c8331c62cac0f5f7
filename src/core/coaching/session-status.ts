// A coaching session's life (SPEC §2, §4.8): planned, then held, cancelled or missed. A
// cancelled or missed session can be reopened (planned again); a held one stays held, and
// only its held time and duration can still be corrected. Time is a parameter.

export type SessionStatus = 'planned' | 'held' | 'cancelled' | 'missed';
export type SessionAction = 'hold' | 'cancel' | 'miss' | 'reopen';

export type Refusal = { ok: false; code: 'conflict' | 'unprocessable'; message: string };
export type Checked<T> = { ok: true; value: T } | Refusal;

/** Longest session we record: a working day. */
export const MAX_DURATION_MIN = 480;

const TRANSITIONS: Record<SessionAction, { from: readonly SessionStatus[]; to: SessionStatus }> = {
  hold: { from: ['planned'], to: 'held' },
  cancel: { from: ['planned'], to: 'cancelled' },
  miss: { from: ['planned'], to: 'missed' },
  reopen: { from: ['cancelled', 'missed'], to: 'planned' },
};

const VERB: Record<SessionAction, string> = { hold: 'held', cancel: 'cancelled', miss: 'marked missed', reopen: 'reopened' };

export type SessionClock = {
  status: SessionStatus;
  /** ISO timestamps, or null. */
  scheduledAt: string | null;
};

export type HoldRequest = { heldAt: string; durationMin: number | null };

/** Whether `action` may move a session on from its status (and, for `miss` and `hold`, at `now`). */
export function planTransition(session: SessionClock, action: SessionAction, now: string): Checked<SessionStatus> {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(session.status)) {
    const allowed = rule.from.join(' or ');
    return { ok: false, code: 'conflict', message: `A ${session.status} session cannot be ${VERB[action]}; only a ${allowed} one can.` };
  }
  if (action === 'miss' && session.scheduledAt !== null && Date.parse(session.scheduledAt) > Date.parse(now)) {
    return { ok: false, code: 'unprocessable', message: `The session is planned for ${session.scheduledAt}; it cannot be missed before then (cancel it instead).` };
  }
  return { ok: true, value: rule.to };
}

/** A held time in the past (or now) and a duration of 1 to 480 minutes. */
export function checkHeld(request: HoldRequest, now: string): Checked<{ heldAt: string; durationMin: number }> {
  if (Date.parse(request.heldAt) > Date.parse(now)) {
    return { ok: false, code: 'unprocessable', message: `heldAt ${request.heldAt} is in the future; a session is marked held once it has taken place.` };
  }
  if (request.durationMin === null) {
    return { ok: false, code: 'unprocessable', message: 'Say how long the session lasted (durationMin).' };
  }
  if (!Number.isInteger(request.durationMin) || request.durationMin < 1 || request.durationMin > MAX_DURATION_MIN) {
    return { ok: false, code: 'unprocessable', message: `durationMin must be between 1 and ${MAX_DURATION_MIN} minutes.` };
  }
  return { ok: true, value: { heldAt: request.heldAt, durationMin: request.durationMin } };
}

/** Steps are written while a session is planned (filled in during the meeting) or held (finished after it). */
export function canEditSteps(status: SessionStatus): boolean {
  return status === 'planned' || status === 'held';
}

/** Whether a save may change a session: its steps while planned or held, a planned one's schedule, a held one's held time. */
export function checkSessionEdit(
  status: SessionStatus, patch: { scheduledAt?: string | null; heldAt?: string; durationMin?: number | null }, now: string,
): Checked<null> {
  if (!canEditSteps(status)) {
    return { ok: false, code: 'conflict', message: `A ${status} session is closed; reopen it first.` };
  }
  if (patch.scheduledAt !== undefined && status !== 'planned') {
    return { ok: false, code: 'conflict', message: 'Only a planned session can be rescheduled; a held session has its heldAt.' };
  }
  if (patch.scheduledAt === null) return { ok: false, code: 'unprocessable', message: 'A planned session keeps a time (scheduledAt); cancel it instead.' };
  if (patch.heldAt !== undefined) {
    if (status !== 'held') return { ok: false, code: 'conflict', message: 'heldAt is set when the session is held (POST …/hold).' };
    if (Date.parse(patch.heldAt) > Date.parse(now)) return { ok: false, code: 'unprocessable', message: `heldAt ${patch.heldAt} is in the future.` };
  }
  if (patch.durationMin !== undefined && patch.durationMin !== null
    && (!Number.isInteger(patch.durationMin) || patch.durationMin < 1 || patch.durationMin > MAX_DURATION_MIN)) {
    return { ok: false, code: 'unprocessable', message: `durationMin must be between 1 and ${MAX_DURATION_MIN} minutes.` };
  }
  if (patch.durationMin === null && status === 'held') {
    return { ok: false, code: 'unprocessable', message: 'A held session keeps its duration.' };
  }
  return { ok: true, value: null };
}
