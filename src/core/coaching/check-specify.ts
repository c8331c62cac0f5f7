// The coaching-quality check on a session's Specify step (SPEC §4.8): deterministic,
// and every warning quotes what triggered it and says what to write instead.
import { findNamedBehaviours, scoreBehaviours, type NamedBehaviour } from './find-named-behaviours.ts';
import { findOutcomePhrases, findUnsupportedVaguePhrases } from './find-specify-phrases.ts';

export type SpecifyWarningCode = 'outcome_language' | 'generic' | 'no_behaviour' | 'no_commitment';

export type SpecifyWarning = { code: SpecifyWarningCode; message: string };

export type SpecifyInput = {
  text: string;
  behaviours: NamedBehaviour[];
  chosenBehaviourKey?: string | null;
  commitments: { text: string; dueAt: string | null }[];
};

const quoteAll = (phrases: readonly string[]): string => phrases.map((p) => `“${p}”`).join(', ');

/** A calendar date (YYYY-MM-DD, optionally followed by a time) that actually exists. */
export function isValidDueDate(dueAt: string | null): boolean {
  const m = dueAt?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function closestBehaviour(text: string, behaviours: readonly NamedBehaviour[]): string | null {
  let best: { name: string; share: number } | null = null;
  for (const m of scoreBehaviours(text, behaviours)) {
    const share = m.of > 0 ? m.matched / m.of : 0;
    if (share > 0 && (!best || share > best.share)) best = { name: m.name, share };
  }
  return best?.name ?? null;
}

export function checkSpecify(input: SpecifyInput): SpecifyWarning[] {
  const warnings: SpecifyWarning[] = [];

  const outcomes = findOutcomePhrases(input.text);
  if (outcomes.length > 0) {
    const verb = outcomes.length === 1 ? 'is about an outcome' : 'are about outcomes';
    warnings.push({ code: 'outcome_language', message: `${quoteAll(outcomes)} ${verb}, not behaviour; name the behaviour at a stage that would change it, and let the result follow.` });
  }

  const vague = findUnsupportedVaguePhrases(input.text);
  if (vague.length > 0) {
    const verb = vague.length === 1 ? 'is too vague' : 'are too vague';
    warnings.push({ code: 'generic', message: `${quoteAll(vague)} ${verb} to practise; say what the rep will do, with whom and in which meeting (e.g. which assumption to challenge, with which evidence).` });
  }

  // A chosen key counts only if it is a behaviour of this guide; otherwise read the text.
  const chosen = input.chosenBehaviourKey != null && input.behaviours.some((b) => b.key === input.chosenBehaviourKey);
  if (!chosen && findNamedBehaviours(input.text, input.behaviours).length === 0) {
    const closest = closestBehaviour(input.text, input.behaviours);
    const hint = closest ? ` The closest is “${closest}”.` : '';
    warnings.push({ code: 'no_behaviour', message: `The text names no behaviour of the guide; pick the one this change is about, so it is tied to a stage.${hint}` });
  }

  const dated = input.commitments.some((c) => c.text.trim().length > 0 && isValidDueDate(c.dueAt));
  if (!dated) {
    const undated = input.commitments.find((c) => c.text.trim().length > 0);
    const what = undated ? `“${undated.text.trim()}” has no valid due date` : 'There is no commitment';
    warnings.push({ code: 'no_commitment', message: `${what}; add an observable action with a due date, e.g. “Send the CFO the downtime cost model by 2025-03-14”.` });
  }

  return warnings;
}
