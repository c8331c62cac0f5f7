// The live Specify check of a session (SPEC §4.8, docs/sessions.md): the deterministic
// check of src/core/coaching/check-specify.ts against the ORG's guide (the default guide
// only when the org has no behaviours yet), counting the commitments already agreed in the
// session as well as those in the request.
import type { Viewer } from '../../core/access/viewer.ts';
import { checkSpecify, type SpecifyWarning } from '../../core/coaching/check-specify.ts';
import { DEFAULT_GUIDE, listGuideBehaviours } from '../../core/coaching/default-guide.ts';
import type { NamedBehaviour } from '../../core/coaching/find-named-behaviours.ts';
import type { Database } from '../../db/client.ts';
import { sessionCommitments } from '../../db/queries/coaching-commitments.ts';
import { orgBehaviourNames } from '../../db/queries/coaching-observations.ts';
import { refuse, sessionInSight, type Outcome } from './sessions-access.ts';

export type SpecifyCheckRequest = {
  text: string;
  /** Default: the session's behaviour. */
  behaviourKey?: string | null;
  commitments?: { text: string; dueOn: string | null }[];
};

export type SpecifyCheckResult = { warnings: SpecifyWarning[]; behaviourKey: string | null; guide: 'org' | 'default' };

/** The behaviours a Specify text is checked against: the org's, else the default guide's. */
export async function orgSpecifyBehaviours(database: Database, orgId: number): Promise<{ behaviours: NamedBehaviour[]; guide: 'org' | 'default' }> {
  const rows = await orgBehaviourNames(database.pool, orgId);
  return rows.length > 0
    ? { behaviours: rows.map(({ key, name }) => ({ key, name })), guide: 'org' }
    : { behaviours: listGuideBehaviours(DEFAULT_GUIDE).map(({ key, name }) => ({ key, name })), guide: 'default' };
}

export async function checkSessionSpecify(database: Database, viewer: Viewer, id: number, request: SpecifyCheckRequest): Promise<Outcome<SpecifyCheckResult>> {
  const found = await sessionInSight(database, viewer, id);
  if (!found.ok) return found;
  if (found.value.access.view !== 'full') return refuse('forbidden', 'The Specify check is for the manager running the session.');
  const session = found.value.session;
  const [{ behaviours, guide }, agreed] = await Promise.all([
    orgSpecifyBehaviours(database, viewer.orgId), sessionCommitments(database.pool, viewer.orgId, id),
  ]);
  const behaviourKey = request.behaviourKey !== undefined ? request.behaviourKey : session.behaviourKey;
  const commitments = [
    ...(request.commitments ?? []).map((c) => ({ text: c.text, dueAt: c.dueOn })),
    ...agreed.map((c) => ({ text: c.text, dueAt: c.dueOn })),
  ];
  const warnings = checkSpecify({ text: request.text, behaviours, chosenBehaviourKey: behaviourKey, commitments });
  return { ok: true, value: { warnings, behaviourKey, guide } };
}
