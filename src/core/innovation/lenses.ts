// The nine SCAMMPERR lenses with what each asks and its general prompts (our own wording).
// Prompts fitted to each obstacle category live in ./prompts/, one small file per category.
import type { Lens } from './innovation-terms.ts';

export type LensDefinition = { lens: Lens; name: string; summary: string; general: readonly string[] };

export const LENS_DEFINITIONS: readonly LensDefinition[] = [
  {
    lens: 'substitute', name: 'Substitute', summary: 'Swap one part of the deal, the offer or the people for another.',
    general: ['Which part of our proposal could be swapped for something the customer already trusts?', 'Who else on either side could carry this conversation instead?'],
  },
  {
    lens: 'combine', name: 'Combine', summary: 'Join this deal to something else the customer wants or is already doing.',
    general: ['Which project, budget or initiative already under way could this deal ride along with?', 'Whose goals, on their side and ours, could be served by one joint step?'],
  },
  {
    lens: 'adapt', name: 'Adapt', summary: 'Borrow what worked somewhere else: another deal, segment or industry.',
    general: ['Where have we, or anyone, unblocked a buyer in a similar spot, and what would that look like here?', 'What would a customer who bought last quarter tell this buyer?'],
  },
  {
    lens: 'magnify', name: 'Magnify', summary: 'Make something bigger, more visible or more frequent.',
    general: ['Which benefit is the customer underestimating, and how could we make it impossible to miss?', 'What would happen if we involved a more senior or wider audience?'],
  },
  {
    lens: 'modify', name: 'Modify', summary: 'Change the shape of the offer: its scope, terms, packaging or form.',
    general: ['What could we change about how the offer is packaged so it fits how they buy?', 'Which term or deliverable could be reshaped without changing its value?'],
  },
  {
    lens: 'put_to_other_uses', name: 'Put to other uses', summary: 'Find another job our product or this deal could do for them.',
    general: ['What other problem in their business could this solve, for whom?', 'Which team not yet involved would get value from it?'],
  },
  {
    lens: 'eliminate', name: 'Eliminate', summary: 'Remove a step, a requirement, a risk or a person from the path.',
    general: ['Which step in their buying process could be dropped or done in parallel?', 'What are we asking of them that they do not actually need?'],
  },
  {
    lens: 'rearrange', name: 'Rearrange', summary: 'Change the order: of steps, of decisions, of who hears what first.',
    general: ['What if the last step of their process came first?', 'Who should hear about this before the person we usually start with?'],
  },
  {
    lens: 'reverse', name: 'Reverse', summary: 'Turn it upside down: their role and ours, the question, the assumption.',
    general: ['What if the customer designed the proposal with us instead of reviewing ours?', 'Which assumption about this buyer would we drop if we turned it around?'],
  },
];
