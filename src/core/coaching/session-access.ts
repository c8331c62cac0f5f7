// Who sees what of a coaching session (SPEC §4.8 "Who sees what", issue 4 item 7;
// docs/privacy.md). Three levels: the whole session; its summary (kind, dates, stage,
// behaviour, Specify, Embed and the commitments, as the rep sees it); nothing. The
// manager's private note is a fourth, separate permission.
import type { Role } from '../access/viewer.ts';

export type SessionView = 'full' | 'summary';

export type SessionAccess = {
  view: SessionView;
  /** May read the private note. */
  privateNote: boolean;
  /** May write the session (its steps, status, observations, commitments, reviews). */
  canEdit: boolean;
};

export type SessionAccessInput = {
  viewer: { role: Role; personId: number | null };
  session: { managerId: number; repId: number | null; kind: string };
  /** The session's manager or rep is in the viewer's subtree (a manager's scope). */
  inViewerSubtree: boolean;
  /** The viewer's own manager, for the team sessions they take part in. */
  viewerManagerId: number | null;
  /** orgs.settings.leadersSeePrivateNotes (default false). */
  leadersSeePrivateNotes: boolean;
};

const SUMMARY: SessionAccess = { view: 'summary', privateNote: false, canEdit: false };

/** null: the viewer may not know the session exists (the API answers 404). */
export function sessionAccess(input: SessionAccessInput): SessionAccess | null {
  const { viewer, session } = input;
  const me = viewer.personId;
  // The manager who runs the session owns it, private note included.
  if (me !== null && me === session.managerId) return { view: 'full', privateNote: true, canEdit: true };
  // The person coached sees the summary of their own session, whatever their role.
  if (me !== null && me === session.repId) return SUMMARY;
  // Leaders and admins oversee coaching; the notes only when the org allows it.
  if (viewer.role === 'leader' || viewer.role === 'admin') {
    return { view: 'full', privateNote: input.leadersSeePrivateNotes, canEdit: false };
  }
  // A manager above the session's manager or rep sees it like a leader does.
  if (viewer.role === 'manager' && me !== null && input.inViewerSubtree) {
    return { view: 'full', privateNote: input.leadersSeePrivateNotes, canEdit: false };
  }
  // A team skill session is a summary for the team of the manager who ran it.
  if (session.repId === null && session.kind === 'team_skill' && input.viewerManagerId !== null && input.viewerManagerId === session.managerId) {
    return SUMMARY;
  }
  return null;
}

/** orgs.settings.leadersSeePrivateNotes: only an explicit `true` opens the notes. */
export function leadersSeePrivateNotes(settings: unknown): boolean {
  return typeof settings === 'object' && settings !== null
    && (settings as Record<string, unknown>).leadersSeePrivateNotes === true;
}
