// Deal innovation (SPEC §2, §4.10, docs/innovation.md): a co-creation session's own part (the
// coaching_sessions row of kind co_creation holds who, when and the status), its SCAMMPERR
// ideas and the commitments made from them, and the innovation library with its reuses.
import { sql } from 'drizzle-orm';
import {
  boolean, check, customType, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uniqueIndex,
} from 'drizzle-orm/pg-core';
import { coachingSessions, commitments } from './coaching.ts';
import { opportunities } from './crm.ts';
import { people } from './org.ts';

const OBSTACLES = [
  'price_budget', 'status_quo', 'competing_priority', 'stakeholder_resistance', 'risk_compliance', 'timing', 'technical_fit', 'other',
] as const;
const LENSES = ['substitute', 'combine', 'adapt', 'magnify', 'modify', 'put_to_other_uses', 'eliminate', 'rearrange', 'reverse'] as const;
const RESULTS = ['won', 'advanced', 'no_change'] as const;

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

// One per co-creation session (same key as its coaching_sessions row).
export const coCreations = pgTable('co_creations', {
  orgId: integer('org_id').notNull(),
  sessionId: integer('session_id').notNull(),
  opportunityId: integer('opportunity_id').notNull(),
  step: text('step', { enum: ['investigate', 'create', 'share'] }).notNull().default('investigate'),
  obstacleCategory: text('obstacle_category', { enum: OBSTACLES }),
  obstacle: text('obstacle'),
  decision: text('decision'),
  outcomeResult: text('outcome_result', { enum: RESULTS }),
  outcomeNote: text('outcome_note'),
  outcomeOn: date('outcome_on'),
  outcomeBy: integer('outcome_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.sessionId] }),
  index('co_creations_org_opportunity_idx').on(t.orgId, t.opportunityId),
  foreignKey({ columns: [t.orgId, t.sessionId], foreignColumns: [coachingSessions.orgId, coachingSessions.id], name: 'co_creations_session_fk' }).onDelete('cascade'),
  foreignKey({ columns: [t.orgId, t.opportunityId], foreignColumns: [opportunities.orgId, opportunities.id], name: 'co_creations_opportunity_fk' }).onDelete('cascade'),
  foreignKey({ columns: [t.orgId, t.outcomeBy], foreignColumns: [people.orgId, people.id], name: 'co_creations_outcome_by_fk' }),
]);

export const coCreationIdeas = pgTable('co_creation_ideas', {
  orgId: integer('org_id').notNull(),
  id: integer('id').generatedAlwaysAsIdentity(),
  sessionId: integer('session_id').notNull(),
  lens: text('lens', { enum: LENSES }).notNull(),
  text: text('text').notNull(),
  chosen: boolean('chosen').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  index('co_creation_ideas_session_idx').on(t.orgId, t.sessionId),
  check('co_creation_ideas_text_ck', sql`length(${t.text}) BETWEEN 1 AND 2000`),
  foreignKey({ columns: [t.orgId, t.sessionId], foreignColumns: [coCreations.orgId, coCreations.sessionId], name: 'co_creation_ideas_session_fk' }).onDelete('cascade'),
]);

// Which chosen idea a commitment carries out (commitments.session_id is the co-creation session).
export const coCreationNextSteps = pgTable('co_creation_next_steps', {
  orgId: integer('org_id').notNull(),
  commitmentId: integer('commitment_id').notNull(),
  ideaId: integer('idea_id').notNull(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.commitmentId] }),
  index('co_creation_next_steps_idea_idx').on(t.orgId, t.ideaId),
  foreignKey({ columns: [t.orgId, t.commitmentId], foreignColumns: [commitments.orgId, commitments.id], name: 'co_creation_next_steps_commitment_fk' }).onDelete('cascade'),
  foreignKey({ columns: [t.orgId, t.ideaId], foreignColumns: [coCreationIdeas.orgId, coCreationIdeas.id], name: 'co_creation_next_steps_idea_fk' }).onDelete('cascade'),
]);

// The library. `search` is kept by the database (ADR 011): title weighs most, then the
// situation and approach, then the lesson; the 'english' configuration on both engines.
export const innovations = pgTable('innovations', {
  orgId: integer('org_id').notNull(),
  id: integer('id').generatedAlwaysAsIdentity(),
  title: text('title').notNull(),
  segment: text('segment'),
  obstacleCategory: text('obstacle_category', { enum: OBSTACLES }).notNull(),
  situation: text('situation').notNull(),
  approach: text('approach').notNull(),
  lesson: text('lesson').notNull(),
  result: text('result', { enum: RESULTS }).notNull(),
  sourceOpportunityId: integer('source_opportunity_id'),
  sourceSessionId: integer('source_session_id'),
  authorId: integer('author_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  search: tsvector('search').notNull().generatedAlwaysAs(sql`setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(situation, '') || ' ' || coalesce(approach, '')), 'B')
    || setweight(to_tsvector('english'::regconfig, coalesce(lesson, '')), 'C')`),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  index('innovations_search_idx').using('gin', t.search),
  index('innovations_org_segment_idx').on(t.orgId, t.segment, t.obstacleCategory),
  uniqueIndex('innovations_source_session_uq').on(t.orgId, t.sourceSessionId),
  foreignKey({ columns: [t.orgId, t.sourceOpportunityId], foreignColumns: [opportunities.orgId, opportunities.id], name: 'innovations_source_opportunity_fk' }).onDelete('set null'),
  foreignKey({ columns: [t.orgId, t.sourceSessionId], foreignColumns: [coachingSessions.orgId, coachingSessions.id], name: 'innovations_source_session_fk' }).onDelete('set null'),
  foreignKey({ columns: [t.orgId, t.authorId], foreignColumns: [people.orgId, people.id], name: 'innovations_author_fk' }),
]);

// A reuse: the innovation was tried on a deal (from a co-creation session or the deal room).
// Counted once per deal.
export const innovationUses = pgTable('innovation_uses', {
  orgId: integer('org_id').notNull(),
  id: integer('id').generatedAlwaysAsIdentity(),
  innovationId: integer('innovation_id').notNull(),
  opportunityId: integer('opportunity_id').notNull(),
  sessionId: integer('session_id'),
  usedBy: integer('used_by'),
  usedAt: timestamp('used_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.orgId, t.id] }),
  unique('innovation_uses_deal_uq').on(t.orgId, t.innovationId, t.opportunityId),
  foreignKey({ columns: [t.orgId, t.innovationId], foreignColumns: [innovations.orgId, innovations.id], name: 'innovation_uses_innovation_fk' }).onDelete('cascade'),
  foreignKey({ columns: [t.orgId, t.opportunityId], foreignColumns: [opportunities.orgId, opportunities.id], name: 'innovation_uses_opportunity_fk' }).onDelete('cascade'),
  foreignKey({ columns: [t.orgId, t.sessionId], foreignColumns: [coachingSessions.orgId, coachingSessions.id], name: 'innovation_uses_session_fk' }).onDelete('set null'),
  foreignKey({ columns: [t.orgId, t.usedBy], foreignColumns: [people.orgId, people.id], name: 'innovation_uses_used_by_fk' }),
]);
