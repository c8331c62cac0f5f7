// GET /deals/{id}: the deal room (docs/innovation.md) — one deal as of a date with its stage
// stays, close-date changes, stakeholders, recent activities, stall verdict, co-creation sessions
// and the innovations suggested for it.
import type { DealRoom } from '../../contract/deal-room.ts';
import type { Viewer } from '../../core/access/viewer.ts';
import type { Database } from '../../db/client.ts';
import { dataVersion } from '../../db/analytics/analysis-inputs.ts';
import { listCoCreations } from '../../db/innovation/co-creation-rows.ts';
import { findDealFacts } from '../../db/innovation/deal-facts.ts';
import { listStakeholders, recentActivities } from '../../db/innovation/deal-people.ts';
import { listCloseDateChanges, listStageStays } from '../../db/innovation/deal-timeline.ts';
import { resolveAsOf } from '../analytics/analyse-org.ts';
import type { Outcome } from '../coaching/sessions-access.ts';
import { suggestInnovations } from '../innovation/suggest-innovations.ts';
import { toCoCreationSummary, toStakeholder } from '../innovation/co-creation-view.ts';
import type { StallReferenceCache } from '../stalls/stall-reference-cache.ts';
import { dealInSight } from './deal-access.ts';
import { judgeDeal } from './deal-stall.ts';

const ACTIVITIES = 20;

function closeDirection(from: string | null, to: string | null): 'set' | 'pushed' | 'pulled_in' | 'cleared' {
  if (from === null) return 'set';
  if (to === null) return 'cleared';
  return to > from ? 'pushed' : 'pulled_in';
}

export async function dealRoom(
  database: Database, viewer: Viewer, dealId: number, today: string, query: { asOf?: string }, cache?: StallReferenceCache,
): Promise<Outcome<DealRoom>> {
  const found = await dealInSight(database, viewer, dealId);
  if (!found.ok) return found;
  const db = database.pool;
  const { orgId } = viewer;
  // The default as-of (the data's last date, when old) is read once per data version, as for stalls.
  const resolve = () => resolveAsOf(database, orgId, today, undefined);
  const asOf = query.asOf ?? (cache ? await cache.defaultAsOf(orgId, today, await dataVersion(db, orgId), resolve) : await resolve());
  const facts = (await findDealFacts(db, orgId, dealId, asOf))!;
  const open = facts.outcome === 'open' && (facts.createdOn === null || facts.createdOn <= asOf);
  const [stays, closeChanges, stakeholders, activities, stall, sessions] = await Promise.all([
    listStageStays(db, orgId, dealId, asOf), listCloseDateChanges(db, orgId, dealId, asOf), listStakeholders(db, orgId, dealId),
    recentActivities(db, orgId, dealId, asOf, ACTIVITIES),
    judgeDeal(database, orgId, { id: dealId, ownerId: facts.ownerId, open }, today, asOf, cache),
    listCoCreations(db, orgId, { dealId, ownerIds: null }),
  ]);
  const suggestions = await suggestInnovations(database, viewer, dealId, 5);
  const changes = closeChanges.map((c) => ({ ...c, direction: closeDirection(c.from, c.to) }));
  return {
    ok: true,
    value: {
      asOf,
      deal: {
        id: facts.id, externalId: facts.externalId, name: facts.name,
        owner: { id: facts.ownerId, name: facts.ownerName },
        manager: facts.managerId === null ? null : { id: facts.managerId, name: facts.managerName ?? '' },
        account: facts.accountId === null ? null
          : { id: facts.accountId, name: facts.accountName ?? '', segment: facts.accountSegment, industry: facts.accountIndustry },
        segment: facts.segment, product: facts.product,
        stage: { id: facts.stageId, key: facts.stageKey, name: facts.stageName, kind: facts.stageKind },
        outcome: facts.outcome, amount: facts.amount, currency: facts.currency,
        createdOn: facts.createdOn, engagedOn: facts.engagedOn, expectedCloseOn: facts.expectedCloseOn,
        closedOn: facts.closedOn, lossReason: facts.lossReason,
      },
      stageHistory: stays.map((s, i) => ({
        stage: { id: s.stageId, key: s.key, name: s.name, kind: s.kind },
        enteredOn: s.enteredOn, leftOn: s.leftOn, days: s.days, current: i === stays.length - 1,
      })),
      closeDateChanges: changes,
      closeDatePushes: changes.filter((c) => c.direction === 'pushed').length,
      stakeholders: stakeholders.map((s) => toStakeholder(s, asOf)),
      activities: activities.items.map((a) => ({
        id: a.id, type: a.type, occurredAt: a.occurredAt, person: { id: a.personId, name: a.personName },
        durationMin: a.durationMin, connected: a.connected,
      })),
      activityCount: activities.total,
      stall,
      coCreations: sessions.map(toCoCreationSummary),
      obstacleCategory: suggestions.obstacleCategory,
      suggestedInnovations: suggestions.items,
      // Both act now, so on the deal as it is today.
      canCoCreate: found.value.canCoach && facts.currentOutcome === 'open',
      canSnooze: facts.currentOutcome === 'open',
    },
  };
}
