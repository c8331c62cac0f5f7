// SCAMMPERR prompts for a deal blocked by price or budget (our own wording).
import type { Lens } from '../innovation-terms.ts';

export const PRICE_BUDGET_PROMPTS: Record<Lens, readonly string[]> = {
  substitute: ['Which budget line other than theirs (operations, a savings programme, a grant) could fund this?'],
  combine: ['Could this purchase be paired with a cost they are already planning to cut, so the net spend is lower?'],
  adapt: ['How did a similar customer justify the spend to their finance team, and what evidence did they use?'],
  magnify: ['What is the cost of the problem per month if nothing changes, in their own numbers?'],
  modify: ['Could the scope start smaller and grow with proven results, so the first commitment fits this year\'s budget?'],
  put_to_other_uses: ['Which other team could share the cost because they get value from it too?'],
  eliminate: ['Which part of the proposal are they paying for but do not need yet?'],
  rearrange: ['Could the spend be timed to their budget cycle, with value delivered before the bigger payments fall due?'],
  reverse: ['What if we asked them what outcome would make the price an easy yes, and built the offer back from that?'],
};
