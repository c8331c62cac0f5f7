// A small org for the stall tests, in the generic preset's default layout, with every
// figure chosen so that the expectations in stall-detection.test.ts can be checked by hand.
//
// Open stages Qualify, Discover, Propose, Negotiate: by default the last three are late.
// Deals that left a stage by 2026-07-01 (days in stage, exits):
//   h1..h5 (won, SMB): d = 5, 10, 10, 20, 30 days in each of the four stages, then won;
//     won cycles (engage = create to close) 4d = 20, 40, 40, 80, 120 → p80 80 (of 5).
//   a01..a30 (lost, Enterprise): 2 days in Qualify. b01..b30 (lost, no segment): 20 days.
//   o4 left Qualify after 112 days (03-01 → 06-21), o3 after 27 (05-20 → 06-16).
// So on 2026-07-01: Qualify p80 = 20 of 67 deals (nearest rank 54 of 30×2, 5, 10, 10,
// 31×20, 27, 30, 112), Enterprise's own 2 of 30; Discover, Propose, Negotiate 20 of 5.
export const AS_OF = '2026-07-01';

export const STAGES_CSV = [
  'key,name,position,kind',
  'qualify,Qualify,1,open', 'discover,Discover,2,open', 'propose,Propose,3,open', 'negotiate,Negotiate,4,open',
].join('\n');

export const PEOPLE_CSV = [
  'externalId,name,role,manager',
  'l1,Lee Leader,leader,',
  'm1,Maria Manager,manager,l1', 'm2,Mo Manager,manager,l1',
  'r1,Rita Rep,rep,m1', 'r2,Raj Rep,rep,m1', 'r3,Rosa Rep,rep,m2',
].join('\n');

type Deal = [id: string, name: string, owner: string, stage: string, amount: string, created: string, engaged: string,
  expectedClose: string, closed: string, segment: string];

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const HISTORIC = [5, 10, 10, 20, 30].map((d, i) => ({ id: `h${i + 1}`, d }));
const QUICK = Array.from({ length: 30 }, (_, i) => `a${String(i + 1).padStart(2, '0')}`);
const SLOW = Array.from({ length: 30 }, (_, i) => `b${String(i + 1).padStart(2, '0')}`);

const OPEN: Deal[] = [
  ['o1', 'Stuck in Propose', 'r1', 'propose', '5000', '2026-04-15', '', '2026-09-30', '', ''],
  ['o2', 'Fresh in Propose', 'r1', 'propose', '3000', '2026-06-01', '', '2026-08-15', '', ''],
  ['o3', 'Gone quiet', 'r2', 'discover', '8000', '2026-05-20', '', '2026-09-01', '', ''],
  ['o4', 'Pushed twice', 'r2', 'discover', '4000', '2026-03-01', '', '2026-07-31', '', ''],
  ['o5', 'Past its close date', 'r3', 'negotiate', '6000', '2026-06-20', '', '2026-06-20', '', ''],
  ['o6', 'One contact', 'r3', 'negotiate', '7000', '2026-06-20', '', '2026-08-30', '', ''],
  ['o7', 'Early and single', 'r1', 'qualify', '2000', '2026-06-26', '', '2026-09-30', '', ''],
  ['o8', 'Enterprise in Qualify', 'r3', 'qualify', '9000', '2026-06-21', '', '2026-09-30', '', 'Enterprise'],
  ['o9', 'SMB in Qualify', 'r1', 'qualify', '1000', '2026-06-21', '', '2026-09-30', '', 'SMB'],
  ['o10', 'Engaged only', 'r2', 'discover', '10000', '2026-03-01', '2026-03-01', '2026-09-30', '', ''],
  ['o11', 'Paused by the customer', 'r2', 'propose', '12000', '2026-04-01', '', '2026-09-30', '', ''],
  ['o12', 'Won after the as-of date', 'r1', 'won', '20000', '2026-04-01', '', '2026-07-15', '2026-07-10', ''],
];

export function stallFixtureFiles(): Record<string, string> {
  const deals: Deal[] = [
    ...HISTORIC.map(({ id, d }): Deal => [id, `Historic ${id}`, 'r1', 'won', '1000', '2026-01-05', '2026-01-05', '', addDays('2026-01-05', 4 * d), 'SMB']),
    ...QUICK.map((id): Deal => [id, `Quick loss ${id}`, 'r3', 'lost', '100', '2026-02-01', '', '', '2026-02-03', 'Enterprise']),
    ...SLOW.map((id): Deal => [id, `Slow loss ${id}`, 'r2', 'lost', '100', '2026-02-01', '', '', '2026-02-21', '']),
    ...OPEN,
  ];
  const history: string[][] = [
    ...HISTORIC.flatMap(({ id, d }) => ['qualify', 'discover', 'propose', 'negotiate', 'won']
      .map((stage, k) => [id, stage, addDays('2026-01-05', k * d)])),
    ...QUICK.flatMap((id) => [[id, 'qualify', '2026-02-01'], [id, 'lost', '2026-02-03']]),
    ...SLOW.flatMap((id) => [[id, 'qualify', '2026-02-01'], [id, 'lost', '2026-02-21']]),
    ['o1', 'propose', '2026-05-01'],
    ['o2', 'propose', '2026-06-21'],
    ['o3', 'qualify', '2026-05-20'], ['o3', 'discover', '2026-06-16'],
    ['o4', 'qualify', '2026-03-01'], ['o4', 'discover', '2026-06-21'],
    ['o5', 'negotiate', '2026-06-25'],
    ['o6', 'negotiate', '2026-06-25'],
    ['o7', 'qualify', '2026-06-26'],
    ['o8', 'qualify', '2026-06-21'],
    ['o9', 'qualify', '2026-06-21'],
    ['o11', 'propose', '2026-04-01'],
    ['o12', 'negotiate', '2026-05-01'], ['o12', 'won', '2026-07-10'],
  ];
  const fieldHistory = [
    // o4: set, then pushed on 05-25 and 06-12: two pushes by 07-01, one by 06-10.
    'o4,expectedCloseAt,,2026-05-31,2026-04-01', 'o4,expectedCloseAt,2026-05-31,2026-06-15,2026-05-25',
    'o4,expectedCloseAt,2026-06-15,2026-07-31,2026-06-12',
    // o2: set, pushed once, then pulled in (a pull-in is not a push).
    'o2,expectedCloseAt,,2026-08-01,2026-06-01', 'o2,expectedCloseAt,2026-08-01,2026-09-01,2026-06-05',
    'o2,expectedCloseAt,2026-09-01,2026-08-15,2026-06-15',
  ];
  const openIds = OPEN.map(([id]) => id);
  const activities = [
    ...openIds.filter((id) => id !== 'o3').flatMap((id) => [[`${id}-a`, id, '2026-06-05'], [`${id}-b`, id, id === 'o1' ? '2026-06-28' : '2026-06-30']]),
    ['o3-a', 'o3', '2026-06-01'], ['o3-late', 'o3', '2026-07-05'], // the second is after the as-of date
  ].map(([ext, deal, at]) => `${ext},${OPEN.find(([id]) => id === deal)![2]},${deal},call,${at}`);
  activities.push('x-1,r1,,call,2026-06-30'); // not on a deal
  const engaged = (deal: string, n: number) => Array.from({ length: n }, (_, i) => `${deal},Contact ${i + 1} of ${deal},Champion,2026-05-01`);
  const stakeholders = [
    ...['o1', 'o3', 'o4', 'o5', 'o10', 'o11', 'o12'].flatMap((id) => engaged(id, 2)),
    ...engaged('o2', 3), ...engaged('o7', 1),
    'o6,Only contact,Champion,2026-05-01', 'o6,Listed only,Legal,', 'o6,Engaged later,Economic buyer,2026-07-05',
  ];
  return {
    'stages.csv': STAGES_CSV,
    'people.csv': PEOPLE_CSV,
    'opportunities.csv': ['externalId,name,owner,stage,amount,createdAt,engagedAt,expectedCloseAt,closedAt,segment', ...deals.map((d) => d.join(','))].join('\n'),
    'stage-history.csv': ['opportunity,stage,enteredAt', ...history.map((h) => h.join(','))].join('\n'),
    'field-history.csv': ['opportunity,field,oldValue,newValue,changedAt', ...fieldHistory].join('\n'),
    'activities.csv': ['externalId,owner,opportunity,type,occurredAt', ...activities].join('\n'),
    'stakeholders.csv': ['opportunity,name,role,engagedAt', ...stakeholders].join('\n'),
  };
}

// An org with what Maven has: deals with engage and close dates, nothing else.
// Won cycles 10, 20, 30, 40, 50 days → p80 40 (of 5).
export function engageOnlyFiles(): Record<string, string> {
  const won = [10, 20, 30, 40, 50].map((d, i) => `w${i + 1},Won ${i + 1},r1,won,500,2026-01-01,${addDays('2026-01-01', d)}`);
  return {
    'stages.csv': 'key,name,position,kind\nprospecting,Prospecting,1,open\nengaging,Engaging,2,open',
    'people.csv': PEOPLE_CSV,
    'opportunities.csv': ['externalId,name,owner,stage,amount,engagedAt,closedAt', ...won,
      'x1,Old engagement,r1,engaging,700,2026-05-02,', // 60 days before 07-01: over 40
      'x2,Recent engagement,r2,engaging,800,2026-06-01,', // 30 days: fine
      'x3,A prospect,r2,prospecting,900,,', // nothing known: nothing to judge
    ].join('\n'),
  };
}
