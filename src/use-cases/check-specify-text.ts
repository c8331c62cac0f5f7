// Checks a Specify text against a coaching guide: the org's when a database is given (the
// same behaviours the session page checks against, src/use-cases/coaching/sessions-specify.ts),
// the default guide's otherwise.
import { checkSpecify, type SpecifyWarning } from '../core/coaching/check-specify.ts';
import { DEFAULT_GUIDE, listGuideBehaviours } from '../core/coaching/default-guide.ts';
import type { NamedBehaviour } from '../core/coaching/find-named-behaviours.ts';
import type { Database } from '../db/client.ts';
import { ensureOrg } from '../db/queries/orgs.ts';
import { orgSpecifyBehaviours } from './coaching/sessions-specify.ts';

export type SpecifyTextInput = { text: string; behaviourKey: string | null; commitments: { text: string; dueAt: string | null }[] };

export function checkSpecifyText(input: SpecifyTextInput, behaviours: NamedBehaviour[] = listGuideBehaviours(DEFAULT_GUIDE)): { warnings: SpecifyWarning[] } {
  return {
    warnings: checkSpecify({ text: input.text, behaviours, chosenBehaviourKey: input.behaviourKey, commitments: input.commitments }),
  };
}

/** The check against the org's guide (the default guide while the org has no behaviours); says which guide was used. */
export async function checkSpecifyTextForOrg(database: Database, input: SpecifyTextInput): Promise<{ warnings: SpecifyWarning[]; guide: 'org' | 'default' }> {
  const { behaviours, guide } = await orgSpecifyBehaviours(database, await ensureOrg(database.pool));
  return { ...checkSpecifyText(input, behaviours), guide };
}
