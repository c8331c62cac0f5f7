// The default coaching guide (SPEC §4.7): what good looks like at each open stage of
// DEFAULT_PROCESS, in our own words, built on three ideas: teach the customer something
// new about their business, tailor it to what each stakeholder is measured on, and take
// control of the money conversation and the buying process. Kept short enough to print
// on one landscape page; an org edits its own copy.
import { DEFAULT_PROCESS } from '../process/default-process.ts';
import type { CoachingGuide, GuideBehaviour, GuideStage, StageKpi, StarterQuestion } from './coaching-guide.ts';

type StageContent = { behaviours: GuideBehaviour[]; questions: StarterQuestion[] };

const CONTENT: Record<string, StageContent> = {
  prospect: {
    behaviours: [
      { key: 'prospect.lead-with-insight', name: 'Leads outreach with an insight', description: 'Opens each first contact with a specific point about the prospect\'s business they had not considered, not a product pitch.' },
      { key: 'prospect.target-change-drivers', name: 'Targets people who push for change', description: 'Reaches out to stakeholders with a reason to change, not only the most senior or friendliest contact.' },
      { key: 'prospect.book-dated-next-step', name: 'Books a dated first meeting', description: 'Ends every conversation with a meeting date and an agenda the prospect has accepted.' },
    ],
    questions: [
      { text: 'What did you tell them about their business that they did not already know?', behaviourKey: 'prospect.lead-with-insight' },
      { text: 'Why this contact: what tells you they would push for change inside the account?', behaviourKey: 'prospect.target-change-drivers' },
      { text: 'Which date and agenda did they accept for the next conversation?', behaviourKey: 'prospect.book-dated-next-step' },
    ],
  },
  discover: {
    behaviours: [
      { key: 'discover.quantify-pain', name: 'Quantifies the cost of the problem', description: 'Gets the customer to put their own figure on what the current problem costs per month or year.' },
      { key: 'discover.map-value-drivers', name: 'Maps each stakeholder\'s value drivers', description: 'Notes what each person involved is measured on and what they personally gain or fear from change.' },
      { key: 'discover.surface-assumptions', name: 'Surfaces the customer\'s working assumptions', description: 'Asks questions that reveal how the customer believes things work today, before offering any answer.' },
    ],
    questions: [
      { text: 'What does this problem cost them, in their own figures, and who said so?', behaviourKey: 'discover.quantify-pain' },
      { text: 'For each stakeholder, what are they measured on, and what do they fear?', behaviourKey: 'discover.map-value-drivers' },
      { text: 'Which belief of theirs would have to change before they buy?', behaviourKey: 'discover.surface-assumptions' },
    ],
  },
  teach: {
    behaviours: [
      { key: 'teach.reframe-with-insight', name: 'Reframes the problem with commercial insight', description: 'Shows a hidden cost or missed opportunity the customer had not seen, backed by evidence from similar companies.' },
      { key: 'teach.make-it-personal', name: 'Makes the impact personal with a story', description: 'Tells a short story of a peer company so the reframe lands on people like them.' },
      { key: 'teach.lead-to-unique-strength', name: 'Leads to our unique strength', description: 'Links the new way of seeing the problem to something only we do, after the reframe lands.' },
    ],
    questions: [
      { text: 'What did you teach them that changed how they see the problem?', behaviourKey: 'teach.reframe-with-insight' },
      { text: 'When you showed the hidden cost, what exactly did they say or do?', behaviourKey: 'teach.make-it-personal' },
      { text: 'At what point did you bring in our solution, and why then?', behaviourKey: 'teach.lead-to-unique-strength' },
    ],
  },
  solution: {
    behaviours: [
      { key: 'solution.tailor-to-stakeholder', name: 'Tailors the case to each stakeholder', description: 'Adjusts the message for each person to their role, goals and the metrics they answer for.' },
      { key: 'solution.build-consensus', name: 'Builds consensus across the buying group', description: 'Helps the champion get stakeholders to agree on the problem before anyone compares suppliers.' },
      { key: 'solution.equip-champion', name: 'Equips the champion to sell internally', description: 'Gives the champion the figures, slides and answers to argue the case in meetings we miss.' },
    ],
    questions: [
      { text: 'How does the finance lead\'s version of this story differ from the operations lead\'s?', behaviourKey: 'solution.tailor-to-stakeholder' },
      { text: 'Who in the buying group still disagrees about the problem, and what would move them?', behaviourKey: 'solution.build-consensus' },
      { text: 'What will your champion say in the meeting you are not invited to?', behaviourKey: 'solution.equip-champion' },
    ],
  },
  proposal: {
    behaviours: [
      { key: 'proposal.anchor-on-value', name: 'Anchors the price on quantified value', description: 'Restates the agreed cost of the problem, in the customer\'s figures, just before showing the price.' },
      { key: 'proposal.map-approval-steps', name: 'Maps the customer\'s approval steps', description: 'Writes down with the champion every signature, committee and date between a yes and a purchase order.' },
      { key: 'proposal.walk-through-live', name: 'Walks the buyer through the proposal live', description: 'Presents the proposal in a meeting with the sponsor instead of emailing it and waiting.' },
    ],
    questions: [
      { text: 'Which figure from discovery did you repeat just before showing the price?', behaviourKey: 'proposal.anchor-on-value' },
      { text: 'Who signs, who can block, and which dates stand between yes and a purchase order?', behaviourKey: 'proposal.map-approval-steps' },
      { text: 'How will you walk them through the proposal rather than send it?', behaviourKey: 'proposal.walk-through-live' },
    ],
  },
  negotiate: {
    behaviours: [
      { key: 'negotiate.trade-concessions', name: 'Trades concessions, never gives them away', description: 'Asks for something of equal value, such as term, volume or an earlier date, for every concession.' },
      { key: 'negotiate.name-cost-of-delay', name: 'Names the cost of waiting', description: 'Reminds the buyer, in their own figures, what each month without a decision costs them.' },
      { key: 'negotiate.hold-under-pressure', name: 'Holds firm under price pressure', description: 'States the price, stays silent, and explores the reason behind a discount request before answering it.' },
    ],
    questions: [
      { text: 'When they pushed on price, what did you ask for in return?', behaviourKey: 'negotiate.trade-concessions' },
      { text: 'What does one more month without a decision cost them, and did they agree?', behaviourKey: 'negotiate.name-cost-of-delay' },
    ],
  },
  close: {
    behaviours: [
      { key: 'close.run-mutual-plan', name: 'Runs a mutual close plan', description: 'Shares a dated plan of the remaining steps with the buyer and reviews it together every week.' },
      { key: 'close.stay-multithreaded', name: 'Keeps several stakeholders engaged until signature', description: 'Stays in contact with at least two stakeholders so one absence does not stall the deal.' },
    ],
    questions: [
      { text: 'Which step in the close plan slipped this week, and who owns it on their side?', behaviourKey: 'close.run-mutual-plan' },
      { text: 'If your champion went on leave tomorrow, who else would move this forward?', behaviourKey: 'close.stay-multithreaded' },
    ],
  },
};

const OPEN_STAGES = DEFAULT_PROCESS.filter((s) => s.kind === 'open');

/** Conversion to the next open stage (or to won, for the last one) and median days in stage. */
function stageKpis(index: number): StageKpi[] {
  const stage = OPEN_STAGES[index];
  if (!stage) throw new Error(`no open stage at ${index}`);
  const next = OPEN_STAGES[index + 1]?.name ?? 'Won';
  const days: StageKpi = { kpi: 'days_in_stage', label: `Median days in ${stage.name}` };
  if (stage.expectedDays != null) days.benchmark = stage.expectedDays;
  return [{ kpi: 'stage_conversion', label: `${stage.name} → ${next} conversion` }, days];
}

function buildStage(index: number): GuideStage {
  const stage = OPEN_STAGES[index];
  if (!stage) throw new Error(`no open stage at ${index}`);
  const content = CONTENT[stage.key];
  // A process key without guide content is a bug in this file, not a user error.
  if (!content) throw new Error(`default guide has no content for stage ${stage.key}`);
  return { stageKey: stage.key, stageName: stage.name, ...content, kpis: stageKpis(index) };
}

export const DEFAULT_GUIDE: CoachingGuide = OPEN_STAGES.map((_, i) => buildStage(i));

/** Every behaviour of a guide, in stage order: the list `checkSpecify` matches against. */
export function listGuideBehaviours(guide: CoachingGuide): GuideBehaviour[] {
  return guide.flatMap((stage) => stage.behaviours);
}
