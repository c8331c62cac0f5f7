// SCAMMPERR prompts for a deal pushed aside by a competing priority (our own wording).
import type { Lens } from '../innovation-terms.ts';

export const COMPETING_PRIORITY_PROMPTS: Record<Lens, readonly string[]> = {
  substitute: ['Could someone other than the busy sponsor own the evaluation for now?'],
  combine: ['How could this deal help deliver the priority that is crowding it out?'],
  adapt: ['Where has a customer slotted a project like this into a crowded quarter, and how?'],
  magnify: ['What link between this deal and their top priority could we make visible to their leadership?'],
  modify: ['Could the work on their side shrink to a few hours so it no longer competes for the same people?'],
  put_to_other_uses: ['Could our team take on a piece of their priority project as part of this deal?'],
  eliminate: ['Which tasks we expect from them could we do ourselves?'],
  rearrange: ['What could be prepared now so that the deal is ready the day their priority is done?'],
  reverse: ['What if we asked them which of their priorities this could make easier, rather than asking for attention?'],
};
