// Writes the demo's deal innovation (src/core/demo/generate-demo-innovations.ts): captured
// innovations, co-creation sessions with their ideas, next steps as the rep's commitments and
// outcome, and reuses. One transaction; people and deals are found by external id.
import type pg from 'pg';
import type { DemoInnovationData } from '../../core/demo/generate-demo-innovations.ts';
import { insertIdea, linkNextStep } from '../innovation/co-creation-ideas.ts';
import { insertCoCreation, updateCoCreation } from '../innovation/co-creation-rows.ts';
import { insertInnovation, insertUse } from '../innovation/innovation-writes.ts';
import { inTransaction } from '../in-transaction.ts';
import { insertCommitment } from './coaching-commitments.ts';

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function writeDemoInnovations(pool: pg.Pool, orgId: number, data: DemoInnovationData): Promise<number> {
  return inTransaction(pool, async (client) => {
    const ids = async (sql: string) => new Map((await client.query<{ k: string; id: number }>(sql, [orgId])).rows.map((r) => [r.k, r.id]));
    const people = await ids('SELECT external_id AS k, id FROM people WHERE org_id = $1');
    const deals = await ids('SELECT external_id AS k, id FROM opportunities WHERE org_id = $1');
    const owners = await ids('SELECT external_id AS k, owner_id AS id FROM opportunities WHERE org_id = $1');
    const byStory = new Map<number, number>();
    for (const i of data.innovations) {
      const id = await insertInnovation(client, orgId, {
        title: i.title, segment: i.segment, obstacleCategory: i.obstacle, situation: i.situation, approach: i.approach, lesson: i.lesson,
        result: i.result, sourceDealId: deals.get(i.dealRef) ?? null, sourceSessionId: null, authorId: people.get(i.authorRef)!,
        createdAt: `${i.createdOn}T15:00:00Z`,
      });
      byStory.set(i.story, id);
    }
    for (const s of data.sessions) {
      const dealId = deals.get(s.dealRef)!;
      const repId = owners.get(s.dealRef)!;
      const { rows: [session] } = await client.query<{ id: number }>(`
        INSERT INTO coaching_sessions (org_id, manager_id, kind, rep_id, opportunity_id, status, scheduled_at, held_at, duration_min, created_at)
        VALUES ($1, $2, 'co_creation', $3, $4, $5, $6::date + time '14:00', $7::date + time '14:00', $8, $6::date + time '09:00') RETURNING id`,
      [orgId, people.get(s.managerRef), repId, dealId, s.heldOn ? 'held' : 'planned', s.openedOn, s.heldOn, s.heldOn ? 45 : null]);
      const sessionId = session!.id;
      await insertCoCreation(client, orgId, { sessionId, dealId, obstacleCategory: s.obstacle, obstacle: s.why });
      await updateCoCreation(client, orgId, sessionId, {
        step: s.step, decision: s.decision,
        ...(s.outcome ? { outcomeResult: s.outcome.result, outcomeNote: s.outcome.note, outcomeOn: s.outcome.on, outcomeBy: people.get(s.managerRef)! } : {}),
      });
      for (const idea of s.ideas) {
        const ideaId = await insertIdea(client, orgId, sessionId, idea);
        if (!idea.nextStep) continue;
        const commitmentId = await insertCommitment(client, orgId, {
          sessionId, repId, behaviourId: null, text: idea.nextStep.text, dueOn: addDays(s.heldOn ?? s.openedOn, idea.nextStep.dueInDays),
        });
        await linkNextStep(client, orgId, commitmentId, ideaId);
      }
      for (const story of s.reuses) {
        const innovationId = byStory.get(story);
        if (innovationId !== undefined) await insertUse(client, orgId, { innovationId, dealId, sessionId, usedBy: people.get(s.managerRef)! });
      }
    }
    for (const r of data.reuses) {
      const innovationId = byStory.get(r.story);
      if (innovationId === undefined) continue;
      const { id } = await insertUse(client, orgId, { innovationId, dealId: deals.get(r.dealRef)!, sessionId: null, usedBy: people.get(r.byRef)! });
      await client.query(`UPDATE innovation_uses SET used_at = $3::date + time '11:00' WHERE org_id = $1 AND id = $2`, [orgId, id, r.on]);
    }
    return data.innovations.length;
  });
}
