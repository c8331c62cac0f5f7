// Analytics: reps with KPIs and segments, one rep in depth, a manager's coaching queue,
// and team and org summaries (docs/analytics.md), each within the caller's scope.
import { createRoute, z } from '@hono/zod-openapi';
import { peopleScope, type PeopleScope } from '../../core/access/viewer.ts';
import {
  QueueQuery, QueueResponse, RepDetailResponse, RepsQuery, RepsResponse, TeamQuery, TeamResponse,
} from '../../contract/analytics.ts';
import { AnalysisQuery } from '../../contract/analytics.ts';
import { managerInScope, namedManagerInScope, subtreeIds, visibleIds } from '../../use-cases/analytics/analytics-access.ts';
import { listReps } from '../../use-cases/analytics/list-reps.ts';
import { managerQueue } from '../../use-cases/analytics/manager-queue.ts';
import { RepNotFoundError, repDetail } from '../../use-cases/analytics/rep-detail.ts';
import { toRepRow } from '../../use-cases/analytics/rep-row.ts';
import { teamSummary } from '../../use-cases/analytics/team-summary.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { errors, json, notFound } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';
import { todayUtc } from '../today.ts';

export const analyticsRoutes = createRouter();

analyticsRoutes.openapi(createRoute({
  method: 'get', path: '/analytics/reps', tags: ['Analytics'], summary: "Reps' KPIs, segments and quadrants over the analysis window",
  request: { query: RepsQuery },
  responses: { 200: json(RepsResponse, 'A page of reps'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const { viewer } = guard;
  const query = c.req.valid('query');
  const database = c.get('database');
  let scope: PeopleScope = peopleScope(viewer);
  if (query.managerId !== undefined) {
    const manager = await managerInScope(database, viewer, query.managerId);
    if (!manager.ok) return apiError(c, manager.code, manager.message);
    scope = { kind: 'subtree', rootPersonId: query.managerId };
  }
  const result = await listReps(database, viewer.orgId, todayUtc(), { ...query, scope }, c.get('analysisCache'));
  const start = (query.page - 1) * query.pageSize;
  return c.json({
    asOf: result.analysis.asOf, windowDays: result.analysis.windowDays, window: result.analysis.window,
    stageReason: result.analysis.stageReason,
    items: result.reps.slice(start, start + query.pageSize).map(toRepRow),
    page: query.page, pageSize: query.pageSize, total: result.reps.length,
  }, 200);
});

analyticsRoutes.openapi(createRoute({
  method: 'get', path: '/analytics/reps/{id}', tags: ['Analytics'], summary: 'One rep in depth: KPIs against benchmark, funnel, trend, ranked gaps',
  request: { params: z.object({ id: z.coerce.number().int() }), query: AnalysisQuery },
  responses: { 200: json(RepDetailResponse, 'The rep'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const { id } = c.req.valid('param');
  const database = c.get('database');
  const visible = await visibleIds(database, guard.viewer);
  if (visible && !visible.has(id)) return apiError(c, 'not_found', `No rep #${id} in your scope.`);
  const detail = await repDetail(database, guard.viewer.orgId, todayUtc(), id, c.req.valid('query'), c.get('analysisCache'))
    .catch((error: unknown) => (error instanceof RepNotFoundError ? null : Promise.reject(error)));
  if (!detail) return apiError(c, 'not_found', `Person #${id} is not an active rep.`);
  const { analysis, rep } = detail;
  return c.json({
    asOf: analysis.asOf, windowDays: analysis.windowDays, window: analysis.window, stageReason: analysis.stageReason,
    rep: {
      ...toRepRow(rep), stages: rep.stages, activity: rep.activity,
      processMeasures: rep.process.measures, processMeasuresMet: rep.process.measuresMet,
    },
    focuses: detail.focuses.map(({ stageId: _s, ...focus }) => focus),
    trend: detail.trend,
    timeInStage: detail.timeInStage.map((t) => ({ ...t, name: analysis.stages.find((s) => s.ord === t.stageOrd)?.name ?? '' })),
    lastCoachedOn: detail.lastCoachedOn,
    commitmentsDue: detail.commitmentsDue,
  }, 200);
});

analyticsRoutes.openapi(createRoute({
  method: 'get', path: '/analytics/queue', tags: ['Analytics'], summary: "A manager's coaching queue for the week",
  request: { query: QueueQuery },
  responses: { 200: json(QueueResponse, 'The queue'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const query = c.req.valid('query');
  const database = c.get('database');
  const manager = await namedManagerInScope(database, guard.viewer, query.managerId);
  if (!manager.ok) return apiError(c, manager.code, manager.message);
  return c.json(await managerQueue(database, guard.viewer.orgId, todayUtc(), manager.value, query, c.get('analysisCache')), 200);
});

analyticsRoutes.openapi(createRoute({
  method: 'get', path: '/analytics/team', tags: ['Analytics'], summary: "A team's (or the whole org's) KPIs, funnel and distribution",
  request: { query: TeamQuery },
  responses: { 200: json(TeamResponse, 'The team or org'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const query = c.req.valid('query');
  const database = c.get('database');
  const { viewer } = guard;
  const manager = await managerInScope(database, viewer, query.managerId);
  if (!manager.ok) return apiError(c, manager.code, manager.message);
  if (!manager.value && viewer.role === 'manager') return apiError(c, 'forbidden', 'Your login is not linked to a person.');
  const ids = manager.value ? await subtreeIds(database, viewer.orgId, manager.value.id) : null;
  const summary = await teamSummary(database, viewer.orgId, todayUtc(), ids, query, c.get('analysisCache'));
  return c.json({
    asOf: summary.asOf, windowDays: summary.windowDays, window: summary.window, stageReason: summary.stageReason,
    scope: manager.value ? { kind: 'team' as const, managerId: manager.value.id, name: manager.value.name }
      : { kind: 'org' as const, managerId: null, name: 'Whole organisation' },
    kpis: summary.kpis, repCount: summary.repCount, funnel: summary.funnel, distribution: summary.distribution,
    reps: manager.value ? summary.reps.map(toRepRow) : [],
    teams: summary.teams,
  }, 200);
});
