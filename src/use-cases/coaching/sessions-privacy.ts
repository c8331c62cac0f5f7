// The org's coaching privacy setting (docs/privacy.md): whether leaders and admins (and
// managers above a session's manager) may read private notes. Off by default; an admin
// turns it on or off, and the change is audited.
import type { Viewer } from '../../core/access/viewer.ts';
import { recordAudit, type AuditAction } from '../../db/queries/audit.ts';
import type { Database } from '../../db/client.ts';
import { writeLeadersSeePrivateNotes } from '../../db/queries/coaching-privacy.ts';
import { notesOpenToLeaders } from './sessions-access.ts';

// Not yet one of AuditAction's names in db/queries/audit.ts; the column is plain text, so the
// entry is stored and listed like any other (as guide edits do).
const PRIVACY_CHANGED: AuditAction = 'coaching_privacy_changed';

export type CoachingPrivacy = { leadersSeePrivateNotes: boolean };

export async function coachingPrivacy(database: Database, orgId: number): Promise<CoachingPrivacy> {
  return { leadersSeePrivateNotes: await notesOpenToLeaders(database, orgId) };
}

export async function setCoachingPrivacy(database: Database, admin: Viewer, value: boolean): Promise<CoachingPrivacy> {
  const before = await notesOpenToLeaders(database, admin.orgId);
  await writeLeadersSeePrivateNotes(database.pool, admin.orgId, value);
  if (before !== value) await recordAudit(database.pool, admin.orgId, admin.userId, PRIVACY_CHANGED, { leadersSeePrivateNotes: value });
  return { leadersSeePrivateNotes: value };
}
