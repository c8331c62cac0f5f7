import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActivityRecord, FieldHistoryRecord, OpportunityRecord, PersonRecord, StageHistoryRecord } from '../core/crm/records.ts';
import { buildImportPlan } from './read-import.ts';
import { collectProblems, drainPlan, recordsOf, removeWrittenFolders, writeFolder } from './fixtures/drain-plan.ts';

afterAll(removeWrittenFolders);

const repoRoot = resolve(import.meta.dirname, '../..');
const sampleFolder = resolve(repoRoot, '../shared/data/salesforce-sample');

describe.skipIf(!existsSync(sampleFolder))('salesforce preset on data/salesforce-sample (skipped when ../shared is absent)', () => {
  it('reads 31 deals (18 won, 13 open), their history and accounts without errors', async () => {
    const problems = collectProblems();
    const plan = await buildImportPlan(sampleFolder, { preset: 'salesforce' }, problems);
    const drained = await drainPlan(plan);
    expect(problems.errors).toEqual([]);
    const deals = recordsOf<OpportunityRecord>(drained, 'opportunities');
    expect(deals).toHaveLength(31);
    expect(deals.filter((deal) => deal.outcome === 'won')).toHaveLength(18);
    expect(deals.filter((deal) => deal.outcome === 'open')).toHaveLength(13);
    expect(plan.process.map((stage) => stage.name)).toEqual([
      'Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers',
      'Perception Analysis', 'Proposal/Price Quote', 'Negotiation/Review',
    ]);
    expect(drained.accounts).toHaveLength(12);
    expect(plan.createUnknownOwners).toBe(true);
    expect(problems.warnings.find((problem) => problem.column === 'OwnerId')?.message).toMatch(/no User.csv/);

    const open = deals.find((deal) => deal.externalId === '0064600000J5S5TAAV');
    expect(open).toMatchObject({ stageKey: 'qualification', outcome: 'open', amount: 15000, expectedCloseAt: '2018-08-22', closedAt: null, createdAt: '2018-10-13' });
    // Closed deals close before the sample org's creation instant: the create date is the load date.
    const won = deals.find((deal) => deal.externalId === '0064600000J5S5VAAV');
    expect(won).toMatchObject({ stageKey: 'won', closedAt: '2018-07-06', createdAt: null, expectedCloseAt: null });
    expect(problems.warnings.find((problem) => problem.column === 'CreatedDate')?.message).toMatch(/^18 closed deals/);

    const stages = recordsOf<StageHistoryRecord>(drained, 'stageHistory');
    expect(stages).toHaveLength(31);
    expect(stages[0]).toEqual({ opportunityRef: '0064600000J5S5TAAV', stageKey: 'qualification', enteredAt: '2018-10-13 17:16:45' });
    const pushes = recordsOf<FieldHistoryRecord>(drained, 'fieldHistory');
    expect(pushes).toHaveLength(31);
    expect(pushes[0]).toEqual({
      opportunityRef: '0064600000J5S5TAAV', field: 'expectedCloseAt', oldValue: '2013-09-16', newValue: '2018-08-22', changedAt: '2018-10-13 17:16:45',
    });
  });
});

describe('salesforce preset on a constructed export with users and activities', () => {
  const opportunity = [
    'Id,IsDeleted,AccountId,Name,StageName,StageSortOrder,Amount,CloseDate,IsClosed,IsWon,OwnerId,CreatedDate',
    '006A,0,001A,Big deal,Discovery Call,2,1000,2024-03-01 00:00:00,0,0,005R,2024-01-02 10:00:00',
    '006B,0,001A,Lost deal,Closed Lost,10,500,2024-02-01 00:00:00,1,0,005R,2024-01-03 10:00:00',
    '006C,1,001A,Deleted deal,Prospecting,1,1,2024-02-01 00:00:00,0,0,005R,2024-01-03 10:00:00',
    '006D,0,001A,Won no amount,Signed,11,,2024-02-05 00:00:00,1,1,005R,2024-01-04 10:00:00',
    '006E,0,001A,Custom early,Triage,1,10,2024-04-01 00:00:00,0,0,005R,2024-01-04 10:00:00',
  ].join('\n');
  const files = {
    'Opportunity.csv': opportunity,
    'User.csv': 'Id,Name,Email,Title,ManagerId,UserRole,IsActive\n005V,Vera Vp,v@x.io,VP,,Sales,1\n005M,Max Mgr,m@x.io,Manager,005V,West,1\n005R,Rita Rep,r@x.io,AE,005M,West,1\n',
    'Account.csv': 'Id,Name,Industry,NumberOfEmployees,BillingCountry\n001A,Acme,Energy,12000,France\n',
    'OpportunityHistory.csv': [
      'OpportunityId,CreatedDate,StageName,CloseDate,Amount,IsDeleted',
      '006A,2024-01-02 10:00:00,Triage,2024-02-01 00:00:00,800,0',
      '006A,2024-01-20 10:00:00,Discovery Call,2024-03-01 00:00:00,1000,0',
      '006A,2024-01-21 10:00:00,Discovery Call,2024-03-01 00:00:00,1000,1',
    ].join('\n'),
    'Task.csv': 'Id,OwnerId,WhatId,ActivityDate,Type,TaskSubtype,Subject,CallDurationInSeconds,CallDisposition,IsDeleted\n00T1,005R,006A,2024-01-05,,Call,Call Acme,330,Left voicemail,0\n00T2,005R,001A,2024-01-06,Email,,Follow up,,,0\n',
    'Event.csv': 'Id,OwnerId,WhatId,ActivityDateTime,ActivityDate,Subject,DurationInMinutes,IsDeleted\n00U1,005R,006A,2024-01-10 09:30:00,2024-01-10,Demo for Acme,45,0\n',
  };

  it('reads people with roles from the hierarchy, custom stages, history and activities', async () => {
    const problems = collectProblems();
    const plan = await buildImportPlan(writeFolder(files), { preset: 'salesforce' }, problems);
    const drained = await drainPlan(plan);
    expect(problems.errors).toEqual([]);
    expect(plan.createUnknownOwners).toBeUndefined();
    expect(recordsOf<PersonRecord>(drained, 'people').map((person) => [person.externalId, person.role, person.managerRef ?? null])).toEqual([
      ['005V', 'leader', null], ['005M', 'manager', '005V'], ['005R', 'rep', '005M'],
    ]);
    // Custom open stages follow the standard picklist, by StageSortOrder.
    expect(plan.process.map((stage) => stage.key).slice(-2)).toEqual(['triage', 'discovery_call']);
    const deals = recordsOf<OpportunityRecord>(drained, 'opportunities');
    expect(deals.map((deal) => [deal.externalId, deal.stageKey, deal.segment])).toEqual([
      ['006A', 'discovery_call', 'Enterprise'], ['006B', 'lost', 'Enterprise'], ['006D', 'won', 'Enterprise'], ['006E', 'triage', 'Enterprise'],
    ]);
    expect(problems.warnings.map((problem) => [problem.file, problem.line, problem.column])).toEqual(expect.arrayContaining([
      ['Opportunity.csv', 4, 'IsDeleted'], ['Opportunity.csv', 5, 'Amount'], ['OpportunityHistory.csv', 4, 'IsDeleted'],
    ]));
    expect(recordsOf<StageHistoryRecord>(drained, 'stageHistory').map((entry) => entry.stageKey)).toEqual(['triage', 'discovery_call']);
    expect(recordsOf<FieldHistoryRecord>(drained, 'fieldHistory').map((change) => [change.field, change.oldValue, change.newValue])).toEqual([
      ['expectedCloseAt', '2024-02-01', '2024-03-01'], ['amount', '800', '1000'],
    ]);
    expect(recordsOf<ActivityRecord>(drained, 'activities')).toEqual([
      { externalId: '00T1', ownerRef: '005R', type: 'call', occurredAt: '2024-01-05 00:00:00', opportunityRef: '006A', durationMin: 5.5, connected: false },
      { externalId: '00T2', ownerRef: '005R', type: 'email', occurredAt: '2024-01-06 00:00:00', opportunityRef: null, durationMin: null, connected: null },
      { externalId: '00U1', ownerRef: '005R', type: 'demo', occurredAt: '2024-01-10 09:30:00', opportunityRef: '006A', durationMin: 45, connected: null },
    ]);
  });

  it('reports a missing Opportunity.csv', async () => {
    const problems = collectProblems();
    await buildImportPlan(writeFolder({ 'Account.csv': files['Account.csv'] }), { preset: 'salesforce' }, problems);
    expect(problems.errors).toEqual([expect.objectContaining({ file: 'Opportunity.csv', line: null })]);
    expect(problems.errors[0]?.message).toMatch(/missing required file/);
  });
});
