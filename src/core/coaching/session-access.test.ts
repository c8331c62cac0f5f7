import { describe, expect, it } from 'vitest';
import type { Role } from '../access/viewer.ts';
import { leadersSeePrivateNotes, sessionAccess, type SessionAccessInput } from './session-access.ts';

// People: leader 1; managers 2 and 3 (3 reports to 2 in the "above" cases); reps 8 and 9 of manager 2, rep 10 of manager 3.
const ONE_ON_ONE = { managerId: 2, repId: 8, kind: 'one_on_one' };
const TEAM = { managerId: 2, repId: null, kind: 'team_skill' };
const OF_MANAGER_3 = { managerId: 3, repId: 10, kind: 'one_on_one' };

type Expected = 'none' | 'summary' | 'full' | 'full+note' | 'edit';
const show = (access: ReturnType<typeof sessionAccess>): Expected =>
  access === null ? 'none' : access.canEdit ? 'edit' : access.view === 'summary' ? 'summary' : access.privateNote ? 'full+note' : 'full';

// [who, role, person, their manager, in their subtree, session, notes open to leaders, expected]
const CASES: [string, Role, number | null, number | null, boolean, SessionAccessInput['session'], boolean, Expected][] = [
  ['the manager running it', 'manager', 2, 1, true, ONE_ON_ONE, false, 'edit'],
  ['the rep coached', 'rep', 8, 2, false, ONE_ON_ONE, false, 'summary'],
  ['the rep coached, notes open', 'rep', 8, 2, false, ONE_ON_ONE, true, 'summary'],
  ['another rep of the same manager', 'rep', 9, 2, false, ONE_ON_ONE, false, 'none'],
  ['another rep of the same manager, notes open', 'rep', 9, 2, false, ONE_ON_ONE, true, 'none'],
  ['a rep of another manager', 'rep', 10, 3, false, ONE_ON_ONE, false, 'none'],
  ['another manager', 'manager', 3, 1, false, ONE_ON_ONE, false, 'none'],
  ['another manager, notes open', 'manager', 3, 1, false, ONE_ON_ONE, true, 'none'],
  ['a manager above the session\'s manager', 'manager', 2, 1, true, OF_MANAGER_3, false, 'full'],
  ['a manager above, notes open', 'manager', 2, 1, true, OF_MANAGER_3, true, 'full+note'],
  ['a manager whose login has no person', 'manager', null, null, false, ONE_ON_ONE, true, 'none'],
  ['the leader', 'leader', 1, null, false, ONE_ON_ONE, false, 'full'],
  ['the leader, notes open', 'leader', 1, null, false, ONE_ON_ONE, true, 'full+note'],
  ['an admin without a person', 'admin', null, null, false, ONE_ON_ONE, false, 'full'],
  ['an admin, notes open', 'admin', null, null, false, ONE_ON_ONE, true, 'full+note'],
  ['a leader who is the one coached', 'leader', 8, 2, false, ONE_ON_ONE, true, 'summary'],
  ['a rep of the team, in a team session', 'rep', 9, 2, false, TEAM, false, 'summary'],
  ['a rep of another team, in a team session', 'rep', 10, 3, false, TEAM, false, 'none'],
  ['the team session\'s manager', 'manager', 2, 1, true, TEAM, false, 'edit'],
  ['a rep of the team, in a one-on-one kind without a rep', 'rep', 9, 2, false, { managerId: 2, repId: null, kind: 'co_creation' }, false, 'none'],
];

describe('sessionAccess', () => {
  it.each(CASES)('%s', (_who, role, personId, viewerManagerId, inViewerSubtree, session, notesOpen, expected) => {
    expect(show(sessionAccess({ viewer: { role, personId }, session, inViewerSubtree, viewerManagerId, leadersSeePrivateNotes: notesOpen }))).toBe(expected);
  });

  it('never lets anyone but the session\'s manager edit, nor a summary carry the note', () => {
    for (const [, role, personId, viewerManagerId, inViewerSubtree, session, notesOpen] of CASES) {
      const access = sessionAccess({ viewer: { role, personId }, session, inViewerSubtree, viewerManagerId, leadersSeePrivateNotes: notesOpen });
      if (access?.canEdit) expect(personId).toBe(session.managerId);
      if (access?.view === 'summary') expect(access.privateNote).toBe(false);
    }
  });
});

describe('leadersSeePrivateNotes', () => {
  const CASES: [unknown, boolean][] = [
    [{}, false], [null, false], [undefined, false], [{ leadersSeePrivateNotes: false }, false], [{ leadersSeePrivateNotes: 'true' }, false],
    [{ leadersSeePrivateNotes: 1 }, false], [{ leadersSeePrivateNotes: true }, true], [{ other: 1, leadersSeePrivateNotes: true }, true],
  ];
  it.each(CASES)('%j → %s', (settings, expected) => expect(leadersSeePrivateNotes(settings)).toBe(expected));
});
