// The generated Prepare of a session (SPEC §4.8, docs/sessions.md): loads the rep's
// segment, quadrant and top gap (as the coaching queue does), the guide's behaviours with
// their latest ratings and questions, the commitments to review, recent observations and
// stalled deals; src/core/coaching/assemble-prepare.ts puts them together.
import type { Viewer } from '../../core/access/viewer.ts';
import { AFFIRM_REMINDER } from '../../core/coaching/affirm-reminder.ts';
import { assemblePrepare, type Prepare, type PrepareDeal, type PrepareGap } from '../../core/coaching/assemble-prepare.ts';
import type { Database } from '../../db/client.ts';
import { guideForStages, latestRatings } from '../../db/analytics/coaching-context.ts';
import { reviewCandidates } from '../../db/queries/coaching-commitments.ts';
import { findBehaviourRef, listRepObservations } from '../../db/queries/coaching-observations.ts';
import { analyseOrg, type AnalysisCache, type AnalysisOptions, type OrgAnalysis } from '../analytics/analyse-org.ts';
import { withProcess, type RepWithProcess } from '../analytics/list-reps.ts';
import { coachingFocuses } from '../analytics/rep-detail.ts';
import { findStalledDeals } from '../stalls/find-stalled-deals.ts';
import { refuse, sessionInSight, type Outcome } from './sessions-access.ts';

export const RECENT_OBSERVATIONS = 5;

export type SessionPrepare = {
  sessionId: number;
  asOf: string;
  generated: Prepare;
  /** What the manager saved (coaching_sessions.prepare); null until then. */
  saved: string | null;
  affirmReminder: string;
};

async function repAnalysis(database: Database, orgId: number, analysis: OrgAnalysis, repId: number): Promise<RepWithProcess | null> {
  const found = analysis.reps.find((r) => r.id === repId);
  return found ? (await withProcess(database, orgId, analysis.asOf, [found]))[0]! : null;
}

async function stalledDealsOf(database: Database, orgId: number, today: string, asOf: string, repId: number): Promise<PrepareDeal[]> {
  const report = await findStalledDeals(database, orgId, today, { asOf, ownerIds: [repId] });
  return report.stalled.map(({ deal, signals }) => ({
    id: deal.id, name: deal.name, stageName: deal.stageName, amount: deal.amount, currency: deal.currency,
    signals: signals.map(({ code, text }) => ({ code, text })),
  }));
}

/**
 * Analysed as of the session's day (today, for a session still ahead), unless `options.asOf`
 * says otherwise: a Prepare opened again later shows what the manager saw then.
 */
export async function prepareSession(
  database: Database, viewer: Viewer, id: number, today: string, options: Pick<AnalysisOptions, 'asOf' | 'windowDays'> = {}, cache?: AnalysisCache,
): Promise<Outcome<SessionPrepare>> {
  const found = await sessionInSight(database, viewer, id);
  if (!found.ok) return found;
  if (found.value.access.view !== 'full') return refuse('forbidden', 'The Prepare step is the manager\'s; the rep sees the session summary.');
  const session = found.value.session;
  const db = database.pool;
  const asOf = options.asOf ?? (session.date < today ? session.date : today);
  const analysis = await analyseOrg(database, viewer.orgId, today, { ...options, asOf }, cache);
  const repId = session.repId;
  const rep = repId === null ? null : await repAnalysis(database, viewer.orgId, analysis, repId);
  const gap = rep?.gaps[0] ?? null;
  const ratings = repId === null ? [] : await latestRatings(db, viewer.orgId, [repId], analysis.asOf);
  const [focus] = rep && gap ? await coachingFocuses(database, viewer.orgId, analysis, { gaps: [gap] }, ratings) : [];
  const topGap: PrepareGap | null = focus ? {
    stageId: focus.stageId, transition: focus.transition, repConversion: focus.repConversion.value,
    benchmarkConversion: focus.benchmarkConversion, impact: focus.impact, summary: focus.summary,
  } : null;

  const behaviourStage = session.behaviourId === null ? null : (await findBehaviourRef(db, viewer.orgId, session.behaviourId))?.stageId ?? null;
  const stageIds = [...new Set([topGap?.stageId, session.stageId, behaviourStage].filter((s): s is number => s != null))];
  const guide = await guideForStages(db, viewer.orgId, stageIds);
  const [commitments, observations, stalledDeals] = await Promise.all([
    reviewCandidates(db, viewer.orgId, session),
    repId === null ? { items: [] } : listRepObservations(db, viewer.orgId, repId, { page: 1, pageSize: RECENT_OBSERVATIONS }),
    repId === null ? [] : stalledDealsOf(database, viewer.orgId, today, analysis.asOf, repId),
  ]);
  const generated = assemblePrepare({
    session: { id: session.id, date: session.date, stageId: session.stageId, behaviourId: session.behaviourId },
    rep: session.repId === null ? null : { id: session.repId, name: session.repName ?? '' },
    segment: rep ? { segment: rep.segment.segment, reason: rep.segment.reason } : null,
    quadrant: rep ? { quadrant: rep.process.quadrant, advice: rep.process.advice } : null,
    topGap,
    stages: analysis.stages.filter((s) => stageIds.includes(s.stageId)).map((s) => ({ id: s.stageId, key: s.key, name: s.name })),
    behaviours: guide.behaviours.map((b) => {
      const rating = ratings.find((r) => r.behaviourId === b.id);
      return { ...b, latestRating: rating?.rating ?? null, ratedOn: rating?.observedAt ?? null };
    }),
    questions: guide.questions,
    commitments: commitments.map((c) => ({
      id: c.id, sessionId: c.sessionId, repId: c.repId, dueOn: c.dueOn, status: c.status, reviewedInSessionId: c.reviewedInSessionId,
      text: c.text, behaviourName: c.behaviourName,
    })),
    observations: observations.items.map((o) => ({
      id: o.id, behaviourName: o.behaviourName, rating: o.rating, evidence: o.evidence, source: o.source, observedAt: o.observedAt, observerName: o.observerName,
    })),
    stalledDeals,
  });
  return { ok: true, value: { sessionId: session.id, asOf: analysis.asOf, generated, saved: session.prepare, affirmReminder: AFFIRM_REMINDER } };
}
