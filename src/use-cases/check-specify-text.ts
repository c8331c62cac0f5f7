// Checks a Specify text against the coaching guide. Today the guide is the default one;
// once orgs edit their guide (issue 4) this loads the org's behaviours instead.
import { checkSpecify, type SpecifyWarning } from '../core/coaching/check-specify.ts';
import { DEFAULT_GUIDE, listGuideBehaviours } from '../core/coaching/default-guide.ts';

export function checkSpecifyText(input: {
  text: string; behaviourKey: string | null; commitments: { text: string; dueAt: string | null }[];
}): { warnings: SpecifyWarning[] } {
  return {
    warnings: checkSpecify({
      text: input.text,
      behaviours: listGuideBehaviours(DEFAULT_GUIDE),
      chosenBehaviourKey: input.behaviourKey,
      commitments: input.commitments,
    }),
  };
}
