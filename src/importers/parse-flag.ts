// Yes/no cells as CRMs export them: 1/0 (Salesforce), true/false (HubSpot), yes/no (people).
const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', 't']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n', 'f']);

/** Parses a yes/no cell (1/0, true/false, yes/no); empty means unknown. */
export function parseFlag(text: string): { ok: true; value: boolean | null } | { ok: false; message: string } {
  const word = text.trim().toLowerCase();
  if (word === '') return { ok: true, value: null };
  if (TRUE_WORDS.has(word)) return { ok: true, value: true };
  if (FALSE_WORDS.has(word)) return { ok: true, value: false };
  return { ok: false, message: 'expected true/false, yes/no or 1/0' };
}
