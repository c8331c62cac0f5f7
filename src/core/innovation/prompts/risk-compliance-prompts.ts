// SCAMMPERR prompts for a deal held up by risk, security or compliance (our own wording).
import type { Lens } from '../innovation-terms.ts';

export const RISK_COMPLIANCE_PROMPTS: Record<Lens, readonly string[]> = {
  substitute: ['Could a standard framework or certificate they already accept replace the custom review?'],
  combine: ['Could our security and legal people meet theirs together, once, instead of a long exchange of documents?'],
  adapt: ['Which customer in a regulated business passed the same review, and what did they ask for?'],
  magnify: ['What risk does their current way carry that the review is not weighing?'],
  modify: ['Could the first phase avoid the sensitive data or process, so the review is smaller?'],
  put_to_other_uses: ['Could our product help them with a compliance duty they already have?'],
  eliminate: ['Which requirement on the checklist does not apply to how they would use us, and who can confirm it?'],
  rearrange: ['Could the review start now, in parallel, rather than after the commercial agreement?'],
  reverse: ['What if we asked their risk owner what would make them comfortable, before sending anything?'],
};
