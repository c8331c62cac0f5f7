// Which stage of the default guide an imported stage most likely means, so that the editor can
// propose it when the admin maps behaviours onto an imported process (SPEC §4.7): Maven's
// Engaging, Salesforce's Needs Analysis or Proposal/Price Quote, HubSpot's Contract Sent.
// Word stems of common CRM stage names; the first stage with a matching stem wins. Only a
// suggestion: the admin chooses.

const STEMS: readonly (readonly [stageKey: string, stems: readonly string[]])[] = [
  ['prospect', ['prospect', 'lead', 'outreach', 'new', 'contact', 'appointment', 'qualif']],
  ['discover', ['discover', 'engag', 'need', 'analys', 'research', 'meeting', 'interest']],
  ['teach', ['teach', 'reframe', 'insight', 'perception', 'value']],
  ['solution', ['solution', 'demo', 'design', 'evaluat', 'decision maker', 'trial', 'pilot', 'scop']],
  ['proposal', ['proposal', 'quote', 'pric', 'offer']],
  ['negotiate', ['negotiat', 'review', 'contract', 'legal', 'procure', 'terms']],
  ['close', ['clos', 'commit', 'sign', 'verbal', 'purchase order']],
];

/** The default stage key suggested for an org stage, from its key and name; null when nothing matches. */
export function suggestDefaultStage(stage: { key: string; name: string }, defaultKeys: readonly string[]): string | null {
  if (defaultKeys.includes(stage.key)) return stage.key;
  const words = `${stage.name} ${stage.key}`.toLowerCase().replace(/[_\-/.]+/g, ' ');
  for (const [key, stems] of STEMS) {
    if (defaultKeys.includes(key) && stems.some((stem) => words.split(/\s+/).some((w) => w.startsWith(stem)) || (stem.includes(' ') && words.includes(stem)))) {
      return key;
    }
  }
  return null;
}
