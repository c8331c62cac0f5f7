import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type {
  ActivityRecord, FieldHistoryRecord, OpportunityRecord, PersonRecord, QuotaRecord, StageHistoryRecord, StakeholderRecord,
} from '../core/crm/records.ts';
import { buildImportPlan } from './read-import.ts';
import { collectProblems, drainPlan, recordsOf, removeWrittenFolders, writeFolder } from './fixtures/drain-plan.ts';

afterAll(removeWrittenFolders);

// A layout that is neither Maven's nor Salesforce's: its own headers and stage words,
// US dates, amounts written "500.0".
const CONSTRUCTED = {
  'pipeline export.csv': [
    'Deal #,Sales Rep,Client,Item,Phase,Deal Value,Opened On,Won/Lost On,Why Lost',
    'Q-1,Ann Lee,Acme,Widget,Qualify,500.0,3/1/2017,,',
    'Q-2,Bob Ray,Beta,Widget,Closed - Won,"1,250.0",3/2/2017,4/15/2017,',
    'Q-3,Ann Lee,Acme,Gadget,Closed - Lost,0.0,3/5/2017,3/20/2017,Price',
    'Q-4,Bob Ray,,,Demo,,3/7/2017,,',
  ].join('\r\n'),
  'team.csv': 'Rep Name,Reports To,Mail,Hired\nAnn Lee,Carla Diaz,ann@x.io,1/15/2016\nBob Ray,Carla Diaz,bob@x.io,\n',
  'phases.csv': 'deal,phase,when\nQ-2,Qualify,3/2/2017\nQ-2,Demo,3/10/2017\nQ-2,Closed - Won,4/15/2017\n',
  'changes.csv': 'deal,what,from,to,on\nQ-2,expectedCloseAt,4/1/2017,4/15/2017,3/20/2017\nQ-2,amount,"1,000",1250.0,3/21/2017\n',
  'calls.csv': 'id,rep,deal,kind,at,mins,reached\nC1,Ann Lee,Q-1,Call,3/3/2017 9:30 AM,12.5,yes\nC2,Bob Ray,,Email,3/4/2017,,\n',
  'targets.csv': 'rep,from,to,target\nAnn Lee,1/1/2017,3/31/2017,"$50,000"\n',
  'contacts.csv': 'deal,person,title,sway,view\nQ-1,Dana,CFO,high,skeptic\n',
  'map.json': JSON.stringify({
    opportunities: {
      file: 'pipeline export.csv',
      columns: {
        externalId: 'Deal #', owner: 'Sales Rep', account: 'Client', product: 'Item', stage: 'Phase', amount: 'Deal Value',
        createdAt: 'Opened On', closedAt: 'Won/Lost On', lossReason: 'Why Lost',
      },
      stages: { 'Closed - Won': 'won', 'Closed - Lost': 'lost' },
      dateFormat: 'M/D/YYYY',
    },
    process: ['Qualify', 'Demo'],
    people: { file: 'team.csv', columns: { name: 'Rep Name', manager: 'Reports To', email: 'Mail', hiredAt: 'Hired' } },
    stageHistory: { file: 'phases.csv', columns: { opportunity: 'deal', stage: 'phase', enteredAt: 'when' } },
    fieldHistory: { file: 'changes.csv', columns: { opportunity: 'deal', field: 'what', oldValue: 'from', newValue: 'to', changedAt: 'on' } },
    activities: { file: 'calls.csv', columns: { externalId: 'id', owner: 'rep', opportunity: 'deal', type: 'kind', occurredAt: 'at', durationMin: 'mins', connected: 'reached' } },
    quotas: { file: 'targets.csv', columns: { owner: 'rep', periodStart: 'from', periodEnd: 'to', amount: 'target' } },
    stakeholders: { file: 'contacts.csv', columns: { opportunity: 'deal', name: 'person', role: 'title', influence: 'sway', stance: 'view' } },
  }),
};

describe('generic preset with a mapping file', () => {
  it('reads a constructed layout with its own headers, stage words and US dates', async () => {
    const folder = writeFolder(CONSTRUCTED);
    const problems = collectProblems();
    const plan = await buildImportPlan(folder, { preset: 'generic', mapPath: join(folder, 'map.json') }, problems);
    const drained = await drainPlan(plan);
    expect(problems.errors).toEqual([]);
    expect(problems.warnings).toEqual([]);
    expect(plan.process.map((stage) => [stage.key, stage.position])).toEqual([['qualify', 1], ['demo', 2]]);
    expect(recordsOf<OpportunityRecord>(drained, 'opportunities')).toEqual([
      expect.objectContaining({ externalId: 'Q-1', ownerRef: 'Ann Lee', accountRef: 'Acme', productRef: 'Widget', stageKey: 'qualify', outcome: 'open', amount: 500, createdAt: '2017-03-01' }),
      expect.objectContaining({ externalId: 'Q-2', stageKey: 'won', outcome: 'won', amount: 1250, closedAt: '2017-04-15' }),
      expect.objectContaining({ externalId: 'Q-3', stageKey: 'lost', amount: 0, lossReason: 'Price' }),
      expect.objectContaining({ externalId: 'Q-4', stageKey: 'demo', accountRef: null, amount: null, name: 'Q-4' }),
    ]);
    expect(recordsOf<PersonRecord>(drained, 'people').map((person) => [person.name, person.role, person.managerRef ?? null, person.hiredAt ?? null])).toEqual([
      // Carla Diaz is named only as a manager: the writer creates her (it knows who already exists).
      ['Ann Lee', 'rep', 'Carla Diaz', '2016-01-15'], ['Bob Ray', 'rep', 'Carla Diaz', null],
    ]);
    expect(recordsOf<{ name: string }>(drained, 'accounts').map((account) => account.name)).toEqual(['Acme', 'Beta']);
    expect(recordsOf<{ name: string }>(drained, 'products').map((product) => product.name)).toEqual(['Widget', 'Gadget']);
    expect(recordsOf<StageHistoryRecord>(drained, 'stageHistory').map((entry) => entry.stageKey)).toEqual(['qualify', 'demo', 'won']);
    expect(recordsOf<FieldHistoryRecord>(drained, 'fieldHistory')).toEqual([
      { opportunityRef: 'Q-2', field: 'expectedCloseAt', oldValue: '2017-04-01', newValue: '2017-04-15', changedAt: '2017-03-20 00:00:00' },
      { opportunityRef: 'Q-2', field: 'amount', oldValue: '1000', newValue: '1250', changedAt: '2017-03-21 00:00:00' },
    ]);
    expect(recordsOf<ActivityRecord>(drained, 'activities')).toEqual([
      { externalId: 'C1', ownerRef: 'Ann Lee', opportunityRef: 'Q-1', type: 'call', occurredAt: '2017-03-03 09:30:00', durationMin: 12.5, connected: true },
      { externalId: 'C2', ownerRef: 'Bob Ray', opportunityRef: null, type: 'email', occurredAt: '2017-03-04 00:00:00', durationMin: null, connected: null },
    ]);
    expect(recordsOf<QuotaRecord>(drained, 'quotas')).toEqual([{ ownerRef: 'Ann Lee', periodStart: '2017-01-01', periodEnd: '2017-03-31', amount: 50000 }]);
    expect(recordsOf<StakeholderRecord>(drained, 'stakeholders')).toEqual([
      { opportunityRef: 'Q-1', name: 'Dana', role: 'CFO', influence: 'high', stance: 'skeptic', engagedAt: null },
    ]);
  });

  it('uses a mapping.json found in the folder, and a single CSV as the opportunities file', async () => {
    const { 'map.json': mapping, ...data } = CONSTRUCTED;
    const folder = writeFolder({ ...data, 'mapping.json': mapping });
    const problems = collectProblems();
    const drained = await drainPlan(await buildImportPlan(folder, { preset: 'generic' }, problems));
    expect(problems.errors).toEqual([]);
    expect(drained.opportunities).toHaveLength(4);
    expect(drained.people).toHaveLength(2);

    const single = await buildImportPlan(join(folder, 'pipeline export.csv'), { preset: 'generic', mapPath: join(folder, 'mapping.json') }, problems);
    expect((await drainPlan(single)).opportunities).toHaveLength(4);
  });

  it('reports mapping mistakes at their JSON path, all at once', async () => {
    const folder = writeFolder({
      'deals.csv': 'id\n1\n',
      'bad.json': JSON.stringify({
        opportunities: { file: 'deals.csv', colums: {}, dateFormat: 'DD.MM.YYYY' }, people: { columns: { name: '' } },
      }),
      'broken.json': '{\n  "opportunities": {\n    "file": "deals.csv",\n  }\n}\n',
      'target.json': JSON.stringify({ opportunities: { file: 'deals.csv', columns: { externalId: 'id', owner: 'id', stage: 'id' }, stages: { Maybe: 'perhaps' } } }),
    });
    const problems = collectProblems();
    await buildImportPlan(folder, { preset: 'generic', mapPath: join(folder, 'bad.json') }, problems);
    expect(problems.errors.map((problem) => problem.column).sort()).toEqual(['opportunities', 'opportunities.dateFormat', 'people.columns.name', 'people.file']);
    expect(problems.errors.find((problem) => problem.column === 'opportunities.dateFormat')).toMatchObject({ file: 'bad.json', value: 'DD.MM.YYYY' });

    const broken = collectProblems();
    await buildImportPlan(folder, { preset: 'generic', mapPath: join(folder, 'broken.json') }, broken);
    expect(broken.errors).toEqual([expect.objectContaining({ file: 'broken.json', line: 4 })]);

    const target = collectProblems();
    await buildImportPlan(folder, { preset: 'generic', mapPath: join(folder, 'target.json') }, target);
    expect(target.errors).toEqual([expect.objectContaining({ file: 'target.json', column: 'opportunities.stages.Maybe', value: 'perhaps' })]);
  });
});

describe('generic preset, default layout', () => {
  it('reads files named after the entities with columns named after the record fields', async () => {
    const folder = writeFolder({
      'opportunities.csv': 'externalId,name,owner,account,stage,amount,currency,createdAt,expectedCloseAt\nO1,Renewal,p1,a1,Evaluate,10,EUR,2024-01-01,2024-02-01\nO2,New,p2,a1,Signed,20,EUR,2024-01-01,\n',
      'people.csv': 'externalId,name,role,manager,active\np0,Lea Lead,leader,,yes\np1,Max Mgr,,p0,\np2,Ria Rep,rep,p1,no\n',
      'accounts.csv': 'externalId,name,employees,industry\na1,Acme,4000,Energy\n',
      'stages.csv': 'key,name,position,kind\nevaluate,Evaluate,2,open\nexplore,Explore,1,open\nwon,Signed,100,won\n',
    });
    const problems = collectProblems();
    const plan = await buildImportPlan(folder, { preset: 'generic' }, problems);
    const drained = await drainPlan(plan);
    expect(problems.errors).toEqual([]);
    expect(plan.process.map((stage) => stage.key)).toEqual(['explore', 'evaluate']);
    expect(recordsOf<PersonRecord>(drained, 'people').map((person) => [person.externalId, person.role, person.active])).toEqual([
      ['p0', 'leader', true], ['p1', 'manager', undefined], ['p2', 'rep', false],
    ]);
    expect(recordsOf<OpportunityRecord>(drained, 'opportunities').map((deal) => [deal.stageKey, deal.outcome, deal.currency])).toEqual([
      ['evaluate', 'open', 'EUR'], ['won', 'won', 'EUR'],
    ]);
    expect(drained.accounts[0]?.record).toMatchObject({ segment: 'Mid-market', sizeBand: '1,000-4,999', industry: 'Energy' });
    // A won deal without a close date is kept, with one summary warning.
    expect(problems.warnings.map((problem) => problem.message)).toEqual([expect.stringMatching(/^1 won or lost deals have no close date/)]);
  });

  it('with only an opportunities file, creates owners and accounts from their names', async () => {
    const folder = writeFolder({ 'opportunities.csv': 'externalId,owner,account,stage,amount,note\nO1,Ann,Acme,prospect,5,x\n' });
    const problems = collectProblems();
    const plan = await buildImportPlan(folder, { preset: 'generic' }, problems);
    const drained = await drainPlan(plan);
    expect(plan.createUnknownOwners).toBe(true);
    expect(drained.accounts.map((located) => located.record)).toEqual([{ externalId: 'Acme', name: 'Acme' }]);
    expect(problems.warnings.map((problem) => [problem.line, problem.column])).toEqual([[1, 'note'], [null, null]]);
  });
});
