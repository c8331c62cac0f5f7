// Deals: filtered, sorted and paginated, within the caller's scope.
import { createRoute } from '@hono/zod-openapi';
import { Deal, DealQuery, pageOf } from '../../contract/api.ts';
import { browseDeals } from '../../use-cases/browse-crm.ts';
import { createRouter } from '../context.ts';
import { errors, json } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';

export const dealRoutes = createRouter();

dealRoutes.openapi(createRoute({
  method: 'get', path: '/deals', tags: ['Deals'], summary: 'Deals the caller may see',
  request: { query: DealQuery },
  responses: { 200: json(pageOf(Deal), 'A page of deals'), ...errors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const query = c.req.valid('query');
  const { items, total } = await browseDeals(c.get('database'), guard.viewer, query);
  return c.json({ items, total, page: query.page, pageSize: query.pageSize }, 200);
});
