// The generated Prepare step of a PAUSE session (SPEC §4.8): the rep's segment and
// quadrant, the top gap, the stage and behaviour to focus on, starter questions, the
// commitments to review, stalled deals and recent observations, plus a plain-text draft
// the manager edits (stored as coaching_sessions.prepare). Pure: the use-case loads inputs.
import { reviewAgenda, type CommitmentFacts, type ReviewAgenda } from './commitment-review.ts';

export type PrepareBehaviour = {
  id: number; key: string; name: string; description: string; stageId: number;
  latestRating: number | null; ratedOn: string | null;
};
export type PrepareQuestion = { stageId: number; behaviourId: number | null; text: string };
export type PrepareStage = { id: number; key: string; name: string };
export type PrepareGap = {
  stageId: number; transition: string; repConversion: number | null; benchmarkConversion: number | null;
  impact: number; summary: string;
};
export type PrepareCommitment = CommitmentFacts & { text: string; behaviourName: string | null };
export type PrepareObservation = {
  id: number; behaviourName: string; rating: number; evidence: string; source: string; observedAt: string; observerName: string;
};
export type PrepareDeal = {
  id: number; name: string; stageName: string | null; amount: number | null; currency: string | null; signals: { code: string; text: string }[];
};

export type PrepareInput = {
  session: { id: number; date: string; stageId: number | null; behaviourId: number | null };
  rep: { id: number; name: string } | null;
  segment: { segment: string; reason: string } | null;
  quadrant: { quadrant: string | null; advice: string } | null;
  topGap: PrepareGap | null;
  /** The open stages named by the top gap or the session. */
  stages: readonly PrepareStage[];
  /** The behaviours of those stages, in guide order, with the rep's latest ratings. */
  behaviours: readonly PrepareBehaviour[];
  questions: readonly PrepareQuestion[];
  /** The rep's commitments (any session, any status). */
  commitments: readonly PrepareCommitment[];
  /** Newest first, already limited. */
  observations: readonly PrepareObservation[];
  stalledDeals: readonly PrepareDeal[];
};

export type PrepareFocus = { stage: PrepareStage; behaviour: PrepareBehaviour | null; reason: string };

export type Prepare = {
  segment: { segment: string; reason: string; advice: string } | null;
  quadrant: { quadrant: string | null; advice: string } | null;
  topGap: (PrepareGap & { stage: PrepareStage | null; behaviours: PrepareBehaviour[] }) | null;
  focus: PrepareFocus | null;
  questions: string[];
  commitments: Omit<ReviewAgenda<PrepareCommitment>, 'reviewed'>;
  observations: PrepareObservation[];
  stalledDeals: PrepareDeal[];
  draft: string;
};

export const MAX_QUESTIONS = 3;

// Where coaching pays (seeds: coach core performers; light touch for stars; bottom is a fit question).
const SEGMENT_ADVICE: Record<string, string> = {
  core: 'Core performer: coaching pays most here. Work on one behaviour.',
  star: 'Star: light touch. Ask what they do that others could learn from.',
  bottom: 'Bottom of the team: ask whether this is a skill gap or a fit problem; coaching alone rarely fixes fit.',
  ramping: 'Ramping: coach the basics of the process, stage by stage.',
};

const rated = (b: PrepareBehaviour) => (b.latestRating === null ? 'not rated yet' : `rated ${b.latestRating}/4 on ${b.ratedOn}`);

/** The weakest behaviour of a stage: the lowest rating ≤ 2 (oldest first), else the first not rated yet, else the lowest rated. */
export function weakestBehaviour(behaviours: readonly PrepareBehaviour[]): { behaviour: PrepareBehaviour; why: string } | null {
  const ratedOnes = behaviours.filter((b) => b.latestRating !== null)
    .sort((a, b) => a.latestRating! - b.latestRating! || (a.ratedOn! < b.ratedOn! ? -1 : a.ratedOn! > b.ratedOn! ? 1 : 0));
  const low = ratedOnes.find((b) => b.latestRating! <= 2);
  if (low) return { behaviour: low, why: `the lowest rated (${rated(low)})` };
  const unrated = behaviours.find((b) => b.latestRating === null);
  if (unrated) return { behaviour: unrated, why: 'not rated yet: observe it' };
  const lowest = ratedOnes[0];
  return lowest ? { behaviour: lowest, why: `the lowest rated (${rated(lowest)})` } : null;
}

export function chooseFocus(input: Pick<PrepareInput, 'session' | 'topGap' | 'stages' | 'behaviours'>): PrepareFocus | null {
  const stageOf = (id: number) => input.stages.find((s) => s.id === id) ?? null;
  const chosen = input.session.behaviourId === null ? undefined : input.behaviours.find((b) => b.id === input.session.behaviourId);
  if (chosen) {
    const stage = stageOf(chosen.stageId);
    if (stage) return { stage, behaviour: chosen, reason: `Chosen for this session (${rated(chosen)}).` };
  }
  const stageId = input.session.stageId ?? input.topGap?.stageId ?? null;
  const stage = stageId === null ? null : stageOf(stageId);
  if (!stage) return null;
  const why = input.session.stageId !== null ? 'the stage chosen for this session' : 'the top gap';
  const weakest = weakestBehaviour(input.behaviours.filter((b) => b.stageId === stage.id));
  if (!weakest) return { stage, behaviour: null, reason: `${stage.name} is ${why}; it has no behaviours in the guide yet.` };
  return { stage, behaviour: weakest.behaviour, reason: `${stage.name} is ${why}; ${weakest.behaviour.name} is ${weakest.why}.` };
}

/** The focus behaviour's questions first, then the stage's general ones, then its other behaviours'. */
export function chooseQuestions(focus: PrepareFocus | null, questions: readonly PrepareQuestion[]): string[] {
  if (!focus) return [];
  const ofStage = questions.filter((q) => q.stageId === focus.stage.id);
  const rank = (q: PrepareQuestion) => (focus.behaviour && q.behaviourId === focus.behaviour.id ? 0 : q.behaviourId === null ? 1 : 2);
  return ofStage.map((q, i) => ({ q, i })).sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i).slice(0, MAX_QUESTIONS).map(({ q }) => q.text);
}

export function assemblePrepare(input: PrepareInput): Prepare {
  const focus = chooseFocus(input);
  const questions = chooseQuestions(focus, input.questions);
  const { due, open } = reviewAgenda(input.commitments, input.session);
  const gapStage = input.topGap ? input.stages.find((s) => s.id === input.topGap!.stageId) ?? null : null;
  const prepare: Omit<Prepare, 'draft'> = {
    segment: input.segment ? { ...input.segment, advice: SEGMENT_ADVICE[input.segment.segment] ?? '' } : null,
    quadrant: input.quadrant,
    topGap: input.topGap ? { ...input.topGap, stage: gapStage, behaviours: input.behaviours.filter((b) => b.stageId === input.topGap!.stageId) } : null,
    focus,
    questions,
    commitments: { due, open },
    observations: [...input.observations],
    stalledDeals: [...input.stalledDeals],
  };
  return { ...prepare, draft: prepareDraft(input.rep, prepare) };
}

/** The editable text: short lines a manager reads in a minute before the 1:1. */
export function prepareDraft(rep: { name: string } | null, p: Omit<Prepare, 'draft'>): string {
  const lines: string[] = [];
  if (rep) {
    const who = [p.segment ? `${p.segment.segment} (${p.segment.advice})` : null, p.quadrant?.quadrant ? `quadrant ${p.quadrant.quadrant}` : null].filter(Boolean);
    lines.push(`${rep.name}${who.length > 0 ? `: ${who.join('; ')}` : ''}`);
  }
  if (p.topGap) lines.push(`Top gap: ${p.topGap.summary}`);
  if (p.focus) lines.push(`Focus: ${p.focus.stage.name}${p.focus.behaviour ? ` · ${p.focus.behaviour.name}` : ''}. ${p.focus.reason}`);
  if (p.questions.length > 0) lines.push('Ask:', ...p.questions.map((q) => `- ${q}`));
  const review = [...p.commitments.due.map((c) => `- due ${c.dueOn}: ${c.text}`), ...p.commitments.open.map((c) => `- open, due ${c.dueOn}: ${c.text}`)];
  if (review.length > 0) lines.push('Review commitments:', ...review);
  if (p.stalledDeals.length > 0) {
    lines.push('Stalled deals:', ...p.stalledDeals.map((d) => `- ${d.name}${d.stageName ? ` (${d.stageName})` : ''}: ${d.signals.map((s) => s.text).join('; ')}`));
  }
  if (p.observations.length > 0) {
    lines.push('Recent observations:', ...p.observations.map((o) => `- ${o.observedAt} ${o.behaviourName}: ${o.rating}/4 (${o.source.replace('_', ' ')})`));
  }
  return lines.join('\n');
}
