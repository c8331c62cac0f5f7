// SCAMMPERR prompts for an obstacle outside the named categories (our own wording).
import type { Lens } from '../innovation-terms.ts';

export const OTHER_PROMPTS: Record<Lens, readonly string[]> = {
  substitute: ['What in the way we are selling this could be swapped for something the buyer would find easier?'],
  combine: ['What else is happening at this customer that the obstacle could be solved together with?'],
  adapt: ['Who in our team has met this obstacle before, and what did they try?'],
  magnify: ['What is the strongest reason this customer started talking to us, and is it still in front of them?'],
  modify: ['What single change to the offer would make the obstacle smaller?'],
  put_to_other_uses: ['Could the obstacle itself be turned into a reason to buy?'],
  eliminate: ['What could we stop doing that might be part of the problem?'],
  rearrange: ['What if the next step were a different one than the one we have been pushing for?'],
  reverse: ['What if we asked the customer what they would do in our place?'],
};
