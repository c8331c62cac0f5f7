// The stage words a source uses, resolved to a stage key of the process and an outcome.
// A word is matched exactly, then ignoring case and spacing, then by its derived key
// ('Needs Analysis' = 'needs_analysis'); an unknown word is an error listing the known ones.
import type { Outcome, StageKind, StageRecord } from '../core/crm/records.ts';
import { stageKeyFromName } from '../core/process/default-process.ts';

export type ResolvedStage = { stageKey: string; outcome: Outcome };

/** The outcome stages every org has (SPEC §1): their keys and display names. */
export const OUTCOME_STAGES: readonly { key: Exclude<StageKind, 'open'>; name: string }[] = [
  { key: 'won', name: 'Won' }, { key: 'lost', name: 'Lost' }, { key: 'no_decision', name: 'No decision' },
];

export class StageVocabulary {
  private readonly exact = new Map<string, ResolvedStage>();
  private readonly loose = new Map<string, ResolvedStage>();
  private readonly shown: string[] = [];

  private readonly words: string[] = [];

  /** Adds a word; the first meaning given for a word wins. Unlisted words (keys) stay out of messages. */
  add(word: string, stage: ResolvedStage, listed = true): void {
    if (this.exact.has(word)) return;
    this.exact.set(word, stage);
    this.words.push(word);
    if (listed) this.shown.push(word);
    for (const key of [looseKey(word), stageKeyFromName(word)]) if (!this.loose.has(key)) this.loose.set(key, stage);
  }

  /** Adds the open stages of a process by name and key, and the outcome stages. */
  addProcess(process: readonly StageRecord[]): void {
    for (const stage of process) {
      this.add(stage.name, { stageKey: stage.key, outcome: 'open' });
      if (stage.key !== stage.name) this.add(stage.key, { stageKey: stage.key, outcome: 'open' }, false);
    }
    for (const outcome of OUTCOME_STAGES) this.add(outcome.name, { stageKey: outcome.key, outcome: outcome.key });
  }

  /** Every word added so far with its meaning, in the order added. */
  forEachWord(visit: (word: string, stage: ResolvedStage, listed: boolean) => void): void {
    for (const word of this.words) {
      const stage = this.exact.get(word);
      if (stage) visit(word, stage, this.shown.includes(word));
    }
  }

  resolve(word: string): ResolvedStage | null {
    return this.exact.get(word) ?? this.loose.get(looseKey(word)) ?? this.loose.get(stageKeyFromName(word)) ?? null;
  }

  /** "unknown stage ...; expected one of: ..." with the words a user can write. */
  unknownMessage(word: string): string {
    const listed = this.shown.slice(0, 30).join(', ');
    const more = this.shown.length > 30 ? `, ... (${this.shown.length} in all)` : '';
    return `unknown stage "${word}"; expected one of: ${listed}${more} (or map it in the mapping file's opportunities.stages)`;
  }
}

/** Open stages in the order given, positions from 1, keys derived from the names. */
export function openStages(names: readonly string[]): StageRecord[] {
  const stages: StageRecord[] = [];
  const keys = new Set<string>();
  for (const name of names) {
    const key = stageKeyFromName(name);
    if (keys.has(key) || OUTCOME_STAGES.some((outcome) => outcome.key === key)) continue;
    keys.add(key);
    stages.push({ key, name, position: stages.length + 1, kind: 'open' });
  }
  return stages;
}

function looseKey(word: string): string {
  return word.trim().toLowerCase().replace(/\s+/g, ' ');
}
