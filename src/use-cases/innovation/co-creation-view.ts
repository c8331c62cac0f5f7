// A co-creation session as the API returns it (CoCreationSession, docs/innovation.md): the deal,
// stakeholders, ideas with their discount check, prompts fitted to the obstacle, the opening-
// thinking measure, the rep's commitments, outcome and capture.
import type { CoCreationSession, CoCreationSummary, Stakeholder } from '../../contract/cocreation.ts';
import { checkCapture } from '../../core/innovation/co-creation-rules.ts';
import { detectDiscount } from '../../core/innovation/detect-discount.ts';
import { lensPrompts } from '../../core/innovation/lens-prompts.ts';
import { measureOpeningThinking } from '../../core/innovation/opening-thinking.ts';
import type { Database } from '../../db/client.ts';
import { listIdeas } from '../../db/innovation/co-creation-ideas.ts';
import type { CoCreationRow } from '../../db/innovation/co-creation-rows.ts';
import { findDealFacts } from '../../db/innovation/deal-facts.ts';
import { listStakeholders, type StakeholderRow } from '../../db/innovation/deal-people.ts';
import { usesInSession } from '../../db/innovation/innovation-writes.ts';
import { sessionCommitments } from '../../db/queries/coaching-commitments.ts';
import { toCommitmentView } from '../coaching/sessions-view.ts';

export function toStakeholder(s: StakeholderRow, asOf: string): Stakeholder {
  return { ...s, engaged: s.engagedOn !== null && s.engagedOn <= asOf };
}

export function toCoCreationSummary(row: CoCreationRow): CoCreationSummary {
  return {
    id: row.id, status: row.status, step: row.step, manager: { id: row.managerId, name: row.managerName },
    deal: { id: row.dealId, name: row.dealName }, rep: { id: row.repId, name: row.repName },
    obstacleCategory: row.obstacleCategory, obstacle: row.obstacle, ideas: row.ideas, chosen: row.chosen,
    outcome: row.outcomeResult, innovationId: row.innovationId, date: row.date,
  };
}

export async function coCreationView(database: Database, orgId: number, row: CoCreationRow, canEdit: boolean, today: string): Promise<CoCreationSession> {
  const db = database.pool;
  const [deal, stakeholders, ideas, commitments, reused] = await Promise.all([
    findDealFacts(db, orgId, row.dealId, today), listStakeholders(db, orgId, row.dealId), listIdeas(db, orgId, row.id),
    sessionCommitments(db, orgId, row.id), usesInSession(db, orgId, row.id),
  ]);
  const state = { status: row.status, outcome: row.outcomeResult, innovationId: row.innovationId };
  return {
    id: row.id, status: row.status, step: row.step,
    deal: {
      id: deal!.id, externalId: deal!.externalId, name: deal!.name, owner: { id: deal!.ownerId, name: deal!.ownerName },
      segment: deal!.segment, stageName: deal!.stageName, outcome: deal!.currentOutcome, amount: deal!.amount, currency: deal!.currency,
    },
    manager: { id: row.managerId, name: row.managerName }, rep: { id: row.repId, name: row.repName },
    createdAt: row.createdAt, heldAt: row.heldAt,
    obstacleCategory: row.obstacleCategory, obstacle: row.obstacle, decision: row.decision,
    stakeholders: stakeholders.map((s) => toStakeholder(s, today)),
    ideas: ideas.map((i) => ({ ...i, discount: detectDiscount(i.text) })),
    prompts: lensPrompts(row.obstacleCategory),
    openingThinking: measureOpeningThinking(ideas, row.step),
    commitments: commitments.map(toCommitmentView),
    outcome: row.outcomeResult === null ? null : {
      result: row.outcomeResult, note: row.outcomeNote, recordedOn: row.outcomeOn ?? row.date,
      recordedBy: row.outcomeById === null ? null : { id: row.outcomeById, name: row.outcomeByName ?? '' },
    },
    innovation: row.innovationId === null ? null : { id: row.innovationId, title: row.innovationTitle ?? '' },
    reusedInnovations: reused,
    canEdit: canEdit && row.status !== 'cancelled',
    canCapture: canEdit && checkCapture(state) === null,
  };
}
