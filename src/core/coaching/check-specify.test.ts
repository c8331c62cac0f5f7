import { describe, expect, it } from 'vitest';
import { checkSpecify, isValidDueDate, type SpecifyWarningCode } from './check-specify.ts';
import { DEFAULT_GUIDE, listGuideBehaviours } from './default-guide.ts';

const behaviours = listGuideBehaviours(DEFAULT_GUIDE);
const dated = [{ text: 'Send the CFO the downtime cost model', dueAt: '2025-03-14' }];
const codes = (text: string, chosenBehaviourKey: string | null = null): SpecifyWarningCode[] =>
  checkSpecify({ text, behaviours, chosenBehaviourKey, commitments: dated }).map((w) => w.code);

// [Specify text a manager might write, behaviour chosen in the form, expected warning codes]
const CASES: [string, string | null, SpecifyWarningCode[]][] = [
  // Good: a behaviour of the guide, concrete, about what the rep does.
  ['In Thursday’s discovery call with Acme, quantify the cost of the problem: ask what an hour of line downtime costs them.', null, []],
  ['Open the Brightwell meeting with the insight on rising freight costs; lead outreach with an insight, not the product deck.', null, []],
  ['Map each stakeholder’s value drivers at Northwind before the demo: what the COO and the CFO are each measured on.', null, []],
  ['Reframe the problem with a commercial insight: show Halcyon that manual reconciliation costs them two FTEs a year.', null, []],
  ['Anchor the price on quantified value: restate the €400k yearly scrap cost before you show the price on slide 6.', null, []],
  ['Trade concessions instead of giving them away: if Orbis asks for 10% off, ask for a three-year term in return.', null, []],
  ['Run a mutual close plan with Delta’s procurement lead and review the dated steps together every Monday.', null, []],
  ['Tailor the case to each stakeholder: the IT director hears security, the CFO hears payback in months.', null, []],
  ['Equip the champion to sell internally: give Priya the three slides and the cost figures for Tuesday’s board.', null, []],
  ['Name the cost of waiting: remind Globex that each month without a decision costs them about $40k in overtime.', null, []],
  ['Ask the CFO what their revenue per hour of downtime is, then write it in the business case.', 'discover.quantify-pain', []],
  ['Show them their churn went up 4% after the last price rise, and what that costs per quarter.', 'teach.reframe-with-insight', []],
  ['Challenge the CFO’s assumption that downtime is free by showing the cost per hour from the Lyon plant.', 'teach.reframe-with-insight', []],
  ['Be more confident when stating the price to Acme’s CFO: state it, then stay silent until she answers.', 'negotiate.hold-under-pressure', []],
  ['Be more proactive: send the champion a dated close plan after each steering committee and confirm the owners.', 'close.run-mutual-plan', []],
  ['Keep several stakeholders engaged until signature — add the plant manager to the thread this week.', null, []],
  ['"WALKS THE BUYER THROUGH THE PROPOSAL LIVE" — book 45 minutes with the sponsor instead of emailing the PDF.', null, []],
  ['Quantify their checkout conversion rate loss in euros per month before the demo.', 'discover.quantify-pain', []],
  ['Put numbers on the cost of downtime with the plant manager, in the customer’s own figures.', 'discover.quantify-pain', []],
  // Outcome language.
  ['You need to hit your number this quarter.', null, ['outcome_language', 'no_behaviour']],
  ['Your conversion rate is down, fix it.', null, ['outcome_language', 'no_behaviour']],
  ['Quota attainment is at 62%. Close more deals before month end.', null, ['outcome_language', 'no_behaviour']],
  ['Get your win rate up 10% by building more pipeline.', null, ['outcome_language', 'no_behaviour']],
  ['Discovery to proposal conversion is 22% vs 35%; quantify the cost of the problem in every first meeting.', null, ['outcome_language']],
  ['Revenue is behind plan; focus on bigger deals.', 'proposal.anchor-on-value', ['outcome_language']],
  ['Your numbers are down. Map the approval steps with Acme’s champion before Friday.', null, ['outcome_language']],
  // Generic.
  ['Challenge more.', null, ['generic', 'no_behaviour']],
  ['You need to work harder and be more confident.', null, ['generic', 'no_behaviour']],
  ['Be more strategic in your accounts and improve communication.', null, ['generic', 'no_behaviour']],
  ['Step up and sell value.', 'teach.reframe-with-insight', ['generic']],
  ['Be proactive in discovery.', 'discover.quantify-pain', ['generic']],
  ['Ask better questions on calls.', null, ['generic', 'no_behaviour']],
  ['Step up and hit your quota this quarter.', null, ['outcome_language', 'generic', 'no_behaviour']],
  ['Work harder on your pipeline coverage.', null, ['outcome_language', 'generic', 'no_behaviour']],
  // No behaviour named, but specific and about behaviour.
  ['Send Acme the case study from the Lyon plant before Thursday’s call.', null, ['no_behaviour']],
  ['Talk to the CFO.', null, ['no_behaviour']],
];

describe('checkSpecify: table of Specify texts', () => {
  it.each(CASES)('%s', (text, chosen, expected) => {
    expect(codes(text, chosen)).toEqual(expected);
  });

  it('has at least 30 cases, both good and bad', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter(([, , c]) => c.length === 0).length).toBeGreaterThanOrEqual(10);
  });
});

describe('checkSpecify: messages explain', () => {
  const run = (text: string) => checkSpecify({ text, behaviours, commitments: dated });

  it('quotes the outcome words and says what to do instead', () => {
    const [w] = run('Hit your number.');
    expect(w?.message).toContain('“hit your number” is about an outcome');
    expect(w?.message).toContain('name the behaviour at a stage');
  });

  it('quotes the vague phrases', () => {
    expect(run('Work harder and be more confident!')[0]?.message).toContain('“work harder”, “be more confident” are too vague');
  });

  it('suggests the closest behaviour when one shares words with the text', () => {
    const w = run('Talk about the cost of downtime.').find((x) => x.code === 'no_behaviour');
    expect(w?.message).toContain('“Quantifies the cost of the problem”');
  });

  it('reads curly quotes, case and punctuation alike', () => {
    expect(codes('“HIT YOUR NUMBER!!”')).toEqual(codes('hit your number'));
    expect(codes('Map each stakeholder’s value-drivers.')).toEqual([]);
  });

  it('accepts a behaviour key cited in the text', () => {
    expect(codes('Practise discover.quantify-pain with Acme on Thursday.')).toEqual([]);
  });

  it('ignores a chosen key that is not in the guide', () => {
    expect(codes('Talk to the CFO.', 'made.up-key')).toEqual(['no_behaviour']);
  });

  it('needs the concrete detail in the same sentence as the vague phrase', () => {
    expect(codes('Challenge more. Show Acme’s CFO the cost per hour of downtime on Thursday.', 'teach.reframe-with-insight')).toEqual(['generic']);
    expect(codes('Challenge more: show Acme’s CFO the cost per hour of downtime on Thursday.', 'teach.reframe-with-insight')).toEqual([]);
  });

  it('is deterministic', () => {
    const text = 'Step up and hit your quota this quarter.';
    expect(run(text)).toEqual(run(text));
  });
});

describe('checkSpecify: commitments', () => {
  const text = 'Quantify the cost of the problem with Acme’s CFO on Thursday.';
  const check = (commitments: { text: string; dueAt: string | null }[]) =>
    checkSpecify({ text, behaviours, commitments }).map((w) => w.code);

  it.each([
    [[], ['no_commitment']],
    [[{ text: 'Send the cost model', dueAt: null }], ['no_commitment']],
    [[{ text: '   ', dueAt: '2025-03-14' }], ['no_commitment']],
    [[{ text: 'Send the cost model', dueAt: 'next Friday' }], ['no_commitment']],
    [[{ text: 'Send the cost model', dueAt: '2025-02-30' }], ['no_commitment']],
    [[{ text: 'Send the cost model', dueAt: '2025-03-14' }], []],
    [[{ text: 'Send the cost model', dueAt: '2025-03-14T09:00:00Z' }], []],
    [[{ text: 'Call', dueAt: null }, { text: 'Send the cost model', dueAt: '2025-03-14' }], []],
  ] as const)('%j -> %j', (commitments, expected) => {
    expect(check([...commitments])).toEqual(expected);
  });

  it('quotes the undated commitment', () => {
    const [w] = checkSpecify({ text, behaviours, commitments: [{ text: 'Send the cost model', dueAt: null }] });
    expect(w?.message).toContain('“Send the cost model” has no valid due date');
  });

  it('validates calendar dates without reading the clock', () => {
    expect(['2024-02-29', '2025-12-31', '2025-01-01 10:00'].map(isValidDueDate)).toEqual([true, true, true]);
    expect(['2025-02-29', '2025-13-01', '14/03/2025', '', null].map(isValidDueDate)).toEqual([false, false, false, false, false]);
  });
});
