// A session as the API returns it, cut to what the viewer may see (docs/sessions.md): the
// summary (what the rep sees) always; the other steps, the observations and the review
// agenda in the full view; the private note only with its own permission.
import { AFFIRM_REMINDER } from '../../core/coaching/affirm-reminder.ts';
import { reviewAgenda } from '../../core/coaching/commitment-review.ts';
import type { SessionAccess } from '../../core/coaching/session-access.ts';
import type { Database } from '../../db/client.ts';
import { reviewCandidates, sessionCommitments, type CommitmentRow } from '../../db/queries/coaching-commitments.ts';
import { sessionObservations, type ObservationRow } from '../../db/queries/coaching-observations.ts';
import type { SessionListRow, SessionRow, SessionSummaryRow } from '../../db/queries/coaching-sessions.ts';

type Ref = { id: number; name: string };
type KeyRef = { id: number; key: string; name: string };

export type CommitmentView = {
  id: number; sessionId: number; sessionDate: string; rep: Ref; behaviour: KeyRef | null;
  text: string; dueOn: string; status: CommitmentRow['status'];
  reviewedInSessionId: number | null; reviewedAt: string | null; reviewNote: string | null;
};

export type ObservationView = {
  id: number; rep: Ref; observer: Ref; behaviour: KeyRef; stage: KeyRef;
  rating: number; evidence: string; source: string; observedAt: string; createdAt: string; sessionId: number | null;
};

export type SessionSummaryView = {
  id: number; kind: SessionSummaryRow['kind']; status: SessionSummaryRow['status'];
  manager: Ref; rep: Ref | null; opportunity: Ref | null;
  scheduledAt: string | null; heldAt: string | null; durationMin: number | null; date: string;
  stage: KeyRef | null; behaviour: KeyRef | null;
  specify: string | null; embed: string | null;
};

export type SessionView = SessionSummaryView & {
  view: SessionAccess['view'];
  canEdit: boolean;
  affirmReminder: string;
  commitments: CommitmentView[];
  // Full view only:
  prepare?: string | null; affirm?: string | null; understand?: string | null;
  observations?: ObservationView[];
  review?: { due: CommitmentView[]; open: CommitmentView[]; reviewed: CommitmentView[] };
  // Only for whom may read it:
  privateNote?: string | null;
};

const ref = (id: number | null, name: string | null): Ref | null => (id === null ? null : { id, name: name ?? '' });
const keyRef = (id: number | null, key: string | null, name: string | null): KeyRef | null => (id === null ? null : { id, key: key ?? '', name: name ?? '' });

export function toCommitmentView(c: CommitmentRow): CommitmentView {
  return {
    id: c.id, sessionId: c.sessionId, sessionDate: c.sessionDate, rep: { id: c.repId, name: c.repName },
    behaviour: keyRef(c.behaviourId, c.behaviourKey, c.behaviourName), text: c.text, dueOn: c.dueOn, status: c.status,
    reviewedInSessionId: c.reviewedInSessionId, reviewedAt: c.reviewedAt, reviewNote: c.reviewNote,
  };
}

export function toObservationView(o: ObservationRow): ObservationView {
  return {
    id: o.id, rep: { id: o.repId, name: o.repName }, observer: { id: o.observerId, name: o.observerName },
    behaviour: { id: o.behaviourId, key: o.behaviourKey, name: o.behaviourName }, stage: { id: o.stageId, key: o.stageKey, name: o.stageName },
    rating: o.rating, evidence: o.evidence, source: o.source, observedAt: o.observedAt, createdAt: o.createdAt, sessionId: o.sessionId,
  };
}

// Built field by field (never by spreading a row) so that nothing private slips into a summary.
export function toSessionSummary(s: SessionSummaryRow): SessionSummaryView {
  return {
    id: s.id, kind: s.kind, status: s.status, manager: { id: s.managerId, name: s.managerName },
    rep: ref(s.repId, s.repName), opportunity: ref(s.opportunityId, s.opportunityName),
    scheduledAt: s.scheduledAt, heldAt: s.heldAt, durationMin: s.durationMin, date: s.date,
    stage: keyRef(s.stageId, s.stageKey, s.stageName), behaviour: keyRef(s.behaviourId, s.behaviourKey, s.behaviourName),
    specify: s.specify, embed: s.embed,
  };
}

export const toSessionListItem = (s: SessionListRow) => ({ ...toSessionSummary(s), commitmentCount: s.commitmentCount });

export async function sessionView(database: Database, orgId: number, session: SessionRow, access: SessionAccess, viewerPersonId: number | null): Promise<SessionView> {
  const db = database.pool;
  // In a team session's summary, a rep sees only their own commitments.
  const onlyMine = access.view === 'summary' && session.repId === null && viewerPersonId !== null ? viewerPersonId : undefined;
  const commitments = (await sessionCommitments(db, orgId, session.id, onlyMine)).map(toCommitmentView);
  const view: SessionView = {
    ...toSessionSummary(session), view: access.view, canEdit: access.canEdit, affirmReminder: AFFIRM_REMINDER, commitments,
  };
  if (access.view === 'full') {
    const [observations, candidates] = await Promise.all([sessionObservations(db, orgId, session.id), reviewCandidates(db, orgId, session)]);
    const agenda = reviewAgenda(candidates, session);
    view.prepare = session.prepare;
    view.affirm = session.affirm;
    view.understand = session.understand;
    view.observations = observations.map(toObservationView);
    view.review = { due: agenda.due.map(toCommitmentView), open: agenda.open.map(toCommitmentView), reviewed: agenda.reviewed.map(toCommitmentView) };
  }
  if (access.privateNote) view.privateNote = session.privateNote;
  return view;
}
