// SCAMMPERR prompts for a deal blocked by a doubt about technical fit (our own wording).
import type { Lens } from '../innovation-terms.ts';

export const TECHNICAL_FIT_PROMPTS: Record<Lens, readonly string[]> = {
  substitute: ['Is there a partner, connector or workaround that covers the gap today?'],
  combine: ['Could their technical team and ours build the missing piece together, as part of the deal?'],
  adapt: ['Which customer with a similar set-up made it work, and would they talk to this buyer?'],
  magnify: ['Which of their requirements are we strongest on, and do their technical people know it?'],
  modify: ['Could the scope start with the use cases that fit well, leaving the gap for later?'],
  put_to_other_uses: ['Is there a different use in their business where the fit is already clear?'],
  eliminate: ['Is the gap a real need or an inherited checklist item, and who can tell us?'],
  rearrange: ['Could a short proof on their own systems come before the written evaluation?'],
  reverse: ['What if their engineers told us how they would solve it with our product?'],
};
