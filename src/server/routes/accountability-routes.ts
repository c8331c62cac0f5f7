// Accountability (docs/accountability.md): a manager's own weeks, and one week across
// managers for a leader. Scope as for analytics: a rep gets 403, a manager their subtree.
import { createRoute } from '@hono/zod-openapi';
import {
  AccountabilityQuery, AccountabilityResponse, ManagersWeekQuery, ManagersWeekResponse,
} from '../../contract/cadence.ts';
import { namedManagerInScope, visibleIds } from '../../use-cases/analytics/analytics-access.ts';
import { managerAccountability, managersWeek } from '../../use-cases/accountability/manager-accountability.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { errors, json, notFound } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';
import { todayUtc } from '../today.ts';

export const accountabilityRoutes = createRouter();

accountabilityRoutes.openapi(createRoute({
  method: 'get', path: '/accountability', tags: ['Accountability'], summary: "A manager's coaching adherence, week by week",
  request: { query: AccountabilityQuery },
  responses: { 200: json(AccountabilityResponse, 'The weeks'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const query = c.req.valid('query');
  const database = c.get('database');
  const manager = await namedManagerInScope(database, guard.viewer, query.managerId);
  if (!manager.ok) return apiError(c, manager.code, manager.message);
  const result = await managerAccountability(database, guard.viewer.orgId, todayUtc(), manager.value, query.weeks, query.asOf, c.get('analysisCache'));
  return c.json(result, 200);
});

accountabilityRoutes.openapi(createRoute({
  method: 'get', path: '/accountability/managers', tags: ['Accountability'], summary: 'One ISO week across managers (the leader view)',
  request: { query: ManagersWeekQuery },
  responses: { 200: json(ManagersWeekResponse, 'The managers'), ...errors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  if (guard.viewer.role === 'rep') return apiError(c, 'forbidden', 'Reps see their own sessions and commitments, not managers.');
  const database = c.get('database');
  const visible = await visibleIds(database, guard.viewer);
  const result = await managersWeek(database, guard.viewer.orgId, todayUtc(), c.req.valid('query').week, visible && [...visible], c.get('analysisCache'));
  return c.json(result, 200);
});
