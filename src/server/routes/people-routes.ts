// People, the org tree and the process stages.
import { createRoute, z } from '@hono/zod-openapi';
import { OrgTreeNode, Page, pageOf, Person, Stage } from '../../contract/api.ts';
import { browsePeople, browseStages, orgTree } from '../../use-cases/browse-crm.ts';
import { createRouter } from '../context.ts';
import { errors, json } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';

export const peopleRoutes = createRouter();

const PeopleQuery = Page.extend({
  role: z.enum(['rep', 'manager', 'leader']).optional(),
  q: z.string().max(200).optional(),
});

peopleRoutes.openapi(createRoute({
  method: 'get', path: '/people', tags: ['People'], summary: 'People the caller may see',
  request: { query: PeopleQuery },
  responses: { 200: json(pageOf(Person), 'A page of people'), ...errors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const query = c.req.valid('query');
  const { items, total } = await browsePeople(c.get('database'), guard.viewer, query);
  return c.json({ items, total, page: query.page, pageSize: query.pageSize }, 200);
});

peopleRoutes.openapi(createRoute({
  method: 'get', path: '/org-tree', tags: ['People'], summary: 'The reporting tree the caller may see',
  responses: { 200: json(z.object({ roots: z.array(OrgTreeNode) }), 'The tree'), ...errors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  return c.json({ roots: await orgTree(c.get('database'), guard.viewer) }, 200);
});

peopleRoutes.openapi(createRoute({
  method: 'get', path: '/stages', tags: ['Process'], summary: 'The sales process stages, in order',
  responses: { 200: json(z.object({ items: z.array(Stage) }), 'Stages'), ...errors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  return c.json({ items: await browseStages(c.get('database'), guard.viewer) }, 200);
});
