// What the demo org's innovation library holds: believable stories of stalled deals that moved,
// across segments and obstacle categories (our own words), each with its lesson for the segment.
import type { ObstacleCategory } from './innovation-terms.ts';

export type DemoStory = {
  segment: 'SMB' | 'Mid-market' | 'Enterprise';
  obstacle: ObstacleCategory;
  result: 'won' | 'advanced';
  title: string;
  situation: string;
  approach: string;
  lesson: string;
};

export const DEMO_STORIES: readonly DemoStory[] = [
  {
    segment: 'SMB', obstacle: 'price_budget', result: 'won', title: 'Start with one team inside this year\'s budget',
    situation: 'The owner liked the product but had no budget left this year; the deal sat in Proposal for seven weeks.',
    approach: 'We cut the first order to the support team only, within what was left of the budget, and priced the other teams for January.',
    lesson: 'Small businesses buy in steps that fit the money already approved; a smaller first yes beat a bigger discount.',
  },
  {
    segment: 'SMB', obstacle: 'timing', result: 'won', title: 'Set up during their quiet season, bill from go-live',
    situation: 'A retailer wanted to wait until after the holiday peak, three months away.',
    approach: 'We offered to do the set-up work during their slow weeks before the peak and to start billing only from go-live in January.',
    lesson: 'For seasonal SMBs the blocker is staff time, not intent: take the work off their calendar and the date moves.',
  },
  {
    segment: 'SMB', obstacle: 'status_quo', result: 'advanced', title: 'Ran their own month-end on our trial',
    situation: 'The finance lead said the spreadsheets "work fine"; no decision for two months.',
    approach: 'The rep rebuilt last month\'s close from their own exports in our trial, side by side with the spreadsheet, in one afternoon.',
    lesson: 'SMB buyers trust what they see on their own numbers more than any benefit we describe.',
  },
  {
    segment: 'Mid-market', obstacle: 'competing_priority', result: 'won', title: 'Tied the roll-out to their ERP upgrade',
    situation: 'The IT team was consumed by an ERP upgrade and parked every other project.',
    approach: 'We mapped our integration onto the ERP project plan so that one test cycle covered both, and offered our consultant for their cut-over weekend.',
    lesson: 'In the mid-market the same few people run every project; join the project that already has their attention.',
  },
  {
    segment: 'Mid-market', obstacle: 'stakeholder_resistance', result: 'won', title: 'Let the sceptical ops director write the success criteria',
    situation: 'The operations director blocked the deal, worried it would add work for his supervisors.',
    approach: 'The manager met him alone and asked him to define what success would have to look like; the pilot was measured against his three criteria.',
    lesson: 'A blocker who sets the test becomes its owner; mid-market deals turn on one or two such people.',
  },
  {
    segment: 'Mid-market', obstacle: 'technical_fit', result: 'advanced', title: 'Two-day proof on their own data before the RFP answers',
    situation: 'Their architect doubted we could handle their custom approval chain and asked for a 90-question RFP.',
    approach: 'We proposed a two-day proof with their architect on their own data first, then answered only the RFP questions still open.',
    lesson: 'Technical buyers in this segment believe a working proof over written answers, and it shortens the questionnaire.',
  },
  {
    segment: 'Mid-market', obstacle: 'price_budget', result: 'won', title: 'Paid pilot credited against the first year',
    situation: 'Procurement asked for 25% off; the champion could not justify the full price without results.',
    approach: 'Instead of a discount we sold a paid eight-week pilot whose fee counted towards the first year if they went ahead.',
    lesson: 'Mid-market buyers accept full price when the first payment buys evidence; the pilot fee made the yes safe.',
  },
  {
    segment: 'Enterprise', obstacle: 'risk_compliance', result: 'won', title: 'One joint security session instead of a questionnaire loop',
    situation: 'Security review had bounced questionnaires back and forth for six weeks.',
    approach: 'Our security lead and theirs met for two hours with the data-flow diagram; open points went into a shared tracker owned by their team.',
    lesson: 'Enterprise risk owners want to understand, not to read: a conversation with an equal closes reviews that documents keep open.',
  },
  {
    segment: 'Enterprise', obstacle: 'stakeholder_resistance', result: 'advanced', title: 'Reference call between their CFO and a customer\'s CFO',
    situation: 'The CFO was not convinced the savings were real and stopped the business case.',
    approach: 'We arranged a call with the CFO of a customer of similar size who walked through their audited savings after a year.',
    lesson: 'Senior enterprise buyers listen to peers; our numbers became credible when another CFO stood behind them.',
  },
  {
    segment: 'Enterprise', obstacle: 'timing', result: 'won', title: 'Signed the plan now, started after the change freeze',
    situation: 'A year-end change freeze meant "talk again in February", putting the quarter at risk.',
    approach: 'We agreed the contract and the project plan before the freeze, with the start date set for the week after it.',
    lesson: 'In enterprises the freeze stops changes, not decisions: separate the signature from the start.',
  },
  {
    segment: 'Enterprise', obstacle: 'status_quo', result: 'advanced', title: 'Priced the cost of waiting in their own figures',
    situation: 'The steering group saw no urgency; the current tool was "good enough".',
    approach: 'With the champion we calculated what the manual workarounds cost each quarter, using their headcount and hours, and presented it as their number.',
    lesson: 'Enterprise committees move on a cost they own; our benefit claims did not, their own figures did.',
  },
];
