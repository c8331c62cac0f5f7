// SCAMMPERR prompts for a deal that is "not now" (timing) (our own wording).
import type { Lens } from '../innovation-terms.ts';

export const TIMING_PROMPTS: Record<Lens, readonly string[]> = {
  substitute: ['Instead of the whole decision now, what smaller decision could be made now?'],
  combine: ['Which of their own dates (a launch, a season, a fiscal year) could this deal be tied to?'],
  adapt: ['How did another customer start before the "right time", and what did it get them?'],
  magnify: ['What do they lose for each month it waits, and is that visible to the person who set the date?'],
  modify: ['Could a start date later than the signature fit their calendar without losing the decision?'],
  put_to_other_uses: ['Could the waiting time be used for preparation work that makes the later start faster?'],
  eliminate: ['What part of the lead time on their side could disappear if we did the work?'],
  rearrange: ['Could planning happen now and the roll-out later, rather than both later?'],
  reverse: ['What if we asked them to name the date and worked backwards from it together?'],
};
