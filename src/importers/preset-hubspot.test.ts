// Tested against a constructed export only (fixtures/hubspot/): no real HubSpot export
// was available. See docs/import.md.
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActivityRecord, OpportunityRecord, PersonRecord } from '../core/crm/records.ts';
import { buildImportPlan } from './read-import.ts';
import { collectProblems, drainPlan, recordsOf, removeWrittenFolders, writeFolder } from './fixtures/drain-plan.ts';

afterAll(removeWrittenFolders);

const fixture = resolve(import.meta.dirname, 'fixtures/hubspot');

describe('hubspot preset on the constructed export', () => {
  it('reads deals, owners, companies and activities', async () => {
    const problems = collectProblems();
    const plan = await buildImportPlan(fixture, { preset: 'hubspot' }, problems);
    const drained = await drainPlan(plan);
    expect(problems.errors).toEqual([]);
    expect(plan.source).toBe('hubspot');
    expect(plan.process.map((stage) => stage.key)).toEqual([
      'appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent', 'technical_review',
    ]);
    const deals = recordsOf<OpportunityRecord>(drained, 'opportunities');
    expect(deals.map((deal) => [deal.externalId, deal.stageKey, deal.outcome, deal.amount])).toEqual([
      ['9001', 'appointmentscheduled', 'open', 12000], ['9002', 'won', 'won', 48000.5], ['9003', 'lost', 'lost', 7000],
      ['9004', 'technical_review', 'open', null], ['9005', 'contractsent', 'open', 3500],
    ]);
    expect(deals[1]).toMatchObject({ ownerRef: 'Jamie Fox', accountRef: 'Globex', createdAt: '2024-01-10', closedAt: '2024-04-15', expectedCloseAt: null });
    expect(deals[0]).toMatchObject({ expectedCloseAt: '2024-06-30', closedAt: null });
    expect(deals[2]?.lossReason).toBe('Went with competitor');
    expect(recordsOf<PersonRecord>(drained, 'people')).toEqual([
      { externalId: '101', name: 'Jamie Fox', role: 'rep', email: 'jamie@example.com', team: 'East' },
      { externalId: '102', name: 'Robin Ng', role: 'rep', email: 'robin@example.com', team: 'West' },
    ]);
    expect(drained.accounts.map((located) => (located.record as { name: string }).name)).toEqual(['Acme Corp', 'Globex', 'Initech', 'Umbrella']);
    expect(recordsOf<ActivityRecord>(drained, 'activities')).toEqual([
      { externalId: '7001', ownerRef: 'Jamie Fox', type: 'call', occurredAt: '2024-03-02 10:00:00', opportunityRef: '9001', durationMin: 5.5, connected: true },
      { externalId: '7002', ownerRef: 'Jamie Fox', type: 'meeting', occurredAt: '2024-03-05 14:30:00', opportunityRef: '9001', durationMin: null, connected: null },
      { externalId: '7003', ownerRef: 'Robin Ng', type: 'call', occurredAt: '2024-03-06 09:00:00', opportunityRef: null, durationMin: 1, connected: false },
    ]);
    expect(problems.warnings.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/custom deal stages added as open stages .*Technical Review/),
      expect.stringMatching(/^1 activities are associated with several deals/),
    ]);
  });

  it('reads a single deals file: owners created, custom closed stages by flags or by label, close before create refused', async () => {
    const deals = [
      'Deal ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,HubSpot Owner,Is Closed Won,Is Deal Closed?',
      '1,One,Signed,100,2024-02-01,2024-01-01,Ann,true,true',
      '2,Two,Qualified To Buy,50,2024-02-01,2024-03-01,Ann,false,false',
      '3,Three,Deal Won,100,2024-02-01,2024-01-01,Ann,,',
      '4,Four,closedwon,100,2024-02-01,2024-03-01,Ann,true,true',
    ].join('\n');
    const folder = writeFolder({ 'export.csv': deals });
    const problems = collectProblems();
    const plan = await buildImportPlan(resolve(folder, 'export.csv'), { preset: 'hubspot' }, problems);
    const drained = await drainPlan(plan);
    expect(plan.createUnknownOwners).toBe(true);
    expect(plan.people).toBeUndefined();
    // An open deal's Close Date is an expected close: it may precede the create date.
    expect(recordsOf<OpportunityRecord>(drained, 'opportunities').map((deal) => [deal.externalId, deal.stageKey])).toEqual([
      ['1', 'won'], ['2', 'qualifiedtobuy'], ['3', 'won'],
    ]);
    expect(problems.errors).toEqual([{
      file: 'export.csv', line: 5, column: 'Close Date', value: '2024-02-01',
      message: 'closed 2024-02-01 before it was created 2024-03-01; expected a close date on or after the created date',
    }]);
  });
});
