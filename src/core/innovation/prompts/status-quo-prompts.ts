// SCAMMPERR prompts for a deal stuck in the status quo or heading to no decision (our own wording).
import type { Lens } from '../innovation-terms.ts';

export const STATUS_QUO_PROMPTS: Record<Lens, readonly string[]> = {
  substitute: ['Instead of a full switch, what small replacement for one painful part of today\'s way could they try first?'],
  combine: ['Which change they have already decided on could carry this one with it?'],
  adapt: ['How did another customer in this segment get moving when staying put felt safer?'],
  magnify: ['What does doing nothing cost them over the next year, and who feels it most?'],
  modify: ['Could a reversible first step (a pilot, a single site, one team) make deciding feel less final?'],
  put_to_other_uses: ['Is there a trigger event coming (an audit, a renewal, a new leader) that this deal could help them meet?'],
  eliminate: ['Which fear of change could we remove outright: migration effort, retraining, a long contract?'],
  rearrange: ['Could they see the result on their own data before being asked to decide?'],
  reverse: ['What if we helped them make the case for NOT changing, and let the gaps in it speak?'],
};
