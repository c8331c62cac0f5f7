// SCAMMPERR prompts for a deal blocked by a stakeholder who resists (our own wording).
import type { Lens } from '../innovation-terms.ts';

export const STAKEHOLDER_RESISTANCE_PROMPTS: Record<Lens, readonly string[]> = {
  substitute: ['Who else has the standing to make the case to the person who resists: a peer, their own manager, a customer reference?'],
  combine: ['What goal of the person resisting could be built into the proposal so that it becomes partly theirs?'],
  adapt: ['How was a similar sceptic won over in another deal, and what did they need to hear first?'],
  magnify: ['Whose support is quiet today and could be made louder?'],
  modify: ['What could change in the plan to answer the resistance directly, rather than around it?'],
  put_to_other_uses: ['How could this deal solve a problem the person resisting cares about personally?'],
  eliminate: ['What in our approach might feel like a threat to them (to their team, budget or judgement), and can it go?'],
  rearrange: ['Should they be met alone, before the group, so their concerns are heard first?'],
  reverse: ['What if we invited the person resisting to set the success criteria?'],
};
