// Consistency rules every demo org must satisfy, as a list of readable problems (empty when
// sound). The tests use it, and a seed command can run it before writing anything.
import type { OpportunityRecord, PersonRecord } from '../crm/records.ts';
import type { DemoOrg } from './demo-org.ts';
import { dayFromIsoDate, weekdayOf } from './demo-calendar.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const MAX_REPORTED = 20;

function indexById<T extends { externalId: string }>(rows: readonly T[], entity: string, report: (p: string) => void): Map<string, T> {
  const byId = new Map<string, T>();
  for (const row of rows) {
    if (byId.has(row.externalId)) report(`${entity}: duplicate externalId ${row.externalId}`);
    byId.set(row.externalId, row);
  }
  return byId;
}

const isWeekend = (isoDate: string): boolean => weekdayOf(dayFromIsoDate(isoDate)) >= 5;

export function findDemoOrgProblems(org: DemoOrg, asOf: string): string[] {
  const problems: string[] = [];
  const report = (problem: string): void => { if (problems.length < MAX_REPORTED) problems.push(problem); };
  const people = indexById(org.people, 'people', report);
  const accounts = indexById(org.accounts, 'accounts', report);
  const products = indexById(org.products, 'products', report);
  const opportunities = indexById(org.opportunities, 'opportunities', report);
  indexById(org.activities, 'activities', report);
  const stageKinds = new Map(org.process.map((stage) => [stage.key, stage.kind]));
  const positions = new Map(org.process.map((stage) => [stage.key, stage.position]));
  const dateOf = (value: string | null | undefined, what: string): string | null => {
    if (value === null || value === undefined) return null;
    const date = value.length === 10 ? value : value.slice(0, 10);
    if (!(value.length === 10 ? ISO_DATE : ISO_DATE_TIME).test(value)) report(`${what}: malformed date ${value}`);
    if (date > asOf) report(`${what}: ${value} is after as-of ${asOf}`);
    return date;
  };
  const repOf = (ref: string, what: string): PersonRecord | undefined => {
    const person = people.get(ref);
    if (person?.role !== 'rep') report(`${what}: ${ref} is not a rep`);
    return person;
  };

  for (const person of org.people) {
    dateOf(person.hiredAt, `person ${person.externalId} hiredAt`);
    const manager = person.managerRef ? people.get(person.managerRef) : undefined;
    const expected = person.role === 'rep' ? 'manager' : person.role === 'manager' ? 'leader' : null;
    if (expected !== null && manager?.role !== expected) report(`person ${person.externalId}: managerRef ${person.managerRef} is not a ${expected}`);
  }

  for (const opp of org.opportunities) {
    const what = `opportunity ${opp.externalId}`;
    const owner = repOf(opp.ownerRef, `${what} ownerRef`);
    if (opp.accountRef && !accounts.has(opp.accountRef)) report(`${what}: unknown account ${opp.accountRef}`);
    if (opp.productRef && !products.has(opp.productRef)) report(`${what}: unknown product ${opp.productRef}`);
    const kind = stageKinds.get(opp.stageKey);
    if (kind === undefined) report(`${what}: stage ${opp.stageKey} is not in the process`);
    else if (opp.outcome === 'open' ? kind !== 'open' : opp.stageKey !== opp.outcome) report(`${what}: stage ${opp.stageKey} does not match outcome ${opp.outcome}`);
    const created = dateOf(opp.createdAt, `${what} createdAt`);
    const closed = dateOf(opp.closedAt, `${what} closedAt`);
    dateOf(opp.engagedAt, `${what} engagedAt`);
    if ((opp.outcome === 'open') !== (closed === null)) report(`${what}: closedAt ${closed} with outcome ${opp.outcome}`);
    if (created === null || (closed !== null && closed < created)) report(`${what}: closedAt ${closed} before createdAt ${created}`);
    if (created !== null && owner?.hiredAt && created < owner.hiredAt) report(`${what}: created before its owner was hired`);
    if ((opp.outcome === 'lost' || opp.outcome === 'no_decision') !== Boolean(opp.lossReason)) report(`${what}: loss reason ${opp.lossReason} with outcome ${opp.outcome}`);
    if (opp.amount !== null && !(opp.amount > 0)) report(`${what}: amount ${opp.amount}`);
  }

  const historyByDeal = new Map<string, string[][]>();
  for (const row of org.stageHistory) {
    const list = historyByDeal.get(row.opportunityRef) ?? [];
    list.push([row.stageKey, row.enteredAt]);
    historyByDeal.set(row.opportunityRef, list);
    const match = ISO_DATE_TIME.exec(row.enteredAt);
    const hour = Number(match?.[2]);
    if (!match || hour < 8 || hour >= 18 || isWeekend(match[1] ?? '')) report(`stage history of ${row.opportunityRef}: ${row.enteredAt} is outside business hours`);
    dateOf(row.enteredAt, `stage history of ${row.opportunityRef}`);
    if (!stageKinds.has(row.stageKey)) report(`stage history of ${row.opportunityRef}: stage ${row.stageKey} is not in the process`);
  }
  for (const opp of org.opportunities) checkStageHistory(opp, historyByDeal.get(opp.externalId) ?? [], positions, report);

  const dealOf = (ref: string, what: string): OpportunityRecord | undefined => {
    const deal = opportunities.get(ref);
    if (!deal) report(`${what}: unknown opportunity ${ref}`);
    return deal;
  };
  const within = (deal: OpportunityRecord, date: string | null, what: string): void => {
    if (date !== null && (date < (deal.createdAt ?? '') || date > (deal.closedAt ?? asOf))) report(`${what}: ${date} outside the deal's open period`);
  };
  for (const row of org.fieldHistory) {
    const deal = dealOf(row.opportunityRef, `field history`);
    if (deal) within(deal, dateOf(row.changedAt, `field history of ${row.opportunityRef}`), `field history of ${row.opportunityRef}`);
  }
  for (const activity of org.activities) {
    const what = `activity ${activity.externalId}`;
    const owner = repOf(activity.ownerRef, what);
    const date = dateOf(activity.occurredAt, what);
    if (date !== null && owner?.hiredAt && date < owner.hiredAt) report(`${what}: before its owner was hired`);
    const deal = activity.opportunityRef ? dealOf(activity.opportunityRef, what) : undefined;
    if (deal && deal.ownerRef !== activity.ownerRef) report(`${what}: on a deal owned by ${deal.ownerRef}`);
    if (deal) within(deal, date, what);
  }
  for (const quota of org.quotas) {
    const owner = repOf(quota.ownerRef, 'quota');
    if (!ISO_DATE.test(quota.periodStart) || !ISO_DATE.test(quota.periodEnd) || quota.periodStart > quota.periodEnd) report(`quota of ${quota.ownerRef}: bad period`);
    if (owner?.hiredAt && quota.periodStart < owner.hiredAt) report(`quota of ${quota.ownerRef}: starts before hire`);
    if (!(quota.amount > 0)) report(`quota of ${quota.ownerRef}: amount ${quota.amount}`);
  }
  for (const stakeholder of org.stakeholders) {
    const deal = dealOf(stakeholder.opportunityRef, 'stakeholder');
    if (deal) within(deal, dateOf(stakeholder.engagedAt, `stakeholder of ${stakeholder.opportunityRef}`), `stakeholder of ${stakeholder.opportunityRef}`);
  }
  return problems;
}

/** Entered stages in time order: first at createdAt, last the current stage or the outcome at closedAt. */
function checkStageHistory(
  opp: OpportunityRecord, rows: readonly string[][], positions: ReadonlyMap<string, number>, report: (p: string) => void,
): void {
  const what = `stage history of ${opp.externalId}`;
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return report(`${what}: empty`);
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i]?.[1] ?? '') < (rows[i - 1]?.[1] ?? '')) report(`${what}: timestamps go backwards`);
    // Deals only move forward through the process (a skip jumps ahead, never back).
    if ((positions.get(rows[i]?.[0] ?? '') ?? 0) <= (positions.get(rows[i - 1]?.[0] ?? '') ?? 0)) report(`${what}: stages out of process order`);
  }
  if (first[1]?.slice(0, 10) !== opp.createdAt) report(`${what}: first entry ${first[1]} is not at createdAt ${opp.createdAt}`);
  if (last[0] !== opp.stageKey) report(`${what}: last stage ${last[0]} is not the deal's stage ${opp.stageKey}`);
  if (opp.closedAt && last[1]?.slice(0, 10) !== opp.closedAt) report(`${what}: outcome entered ${last[1]}, closedAt ${opp.closedAt}`);
}
