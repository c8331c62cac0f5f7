// The Affirm step of PAUSE (SPEC §4.8; seeds: "Affirm the relationship by separating
// coaching from performance management"): the same reminder before every session.
export const AFFIRM_REMINDER = 'This conversation is about development, not evaluation. '
  + 'Say so: we are here to work on one behaviour together, not to judge results or rate you. '
  + 'What we note stays in your coaching record and never goes into a performance review.';
