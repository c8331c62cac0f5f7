// User administration and the audit log (admin only).
import { createRoute, z } from '@hono/zod-openapi';
import { AuditEntry, CreateUserRequest, Page, pageOf, UpdateUserRequest, UserSummary } from '../../contract/api.ts';
import type { UserRow } from '../../db/queries/users.ts';
import { browseAudit } from '../../use-cases/browse-crm.ts';
import { browseUsers, changeUser, createUser } from '../../use-cases/manage-users.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { conflict, errors, json, jsonBody, notFound } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';

export const userRoutes = createRouter();

const summary = (u: UserRow) => ({
  id: u.id, email: u.email, role: u.role, personId: u.personId, personName: u.personName, disabled: u.disabled, createdAt: u.createdAt,
});

userRoutes.openapi(createRoute({
  method: 'get', path: '/users', tags: ['Users'], summary: 'Users of the org (admin)',
  request: { query: Page },
  responses: { 200: json(pageOf(UserSummary), 'A page of users'), ...errors },
}), async (c) => {
  const guard = requireViewer(c, ['admin']);
  if (!guard.ok) return guard.response;
  const { page, pageSize } = c.req.valid('query');
  const { items, total } = await browseUsers(c.get('database'), guard.viewer, page, pageSize);
  return c.json({ items: items.map(summary), total, page, pageSize }, 200);
});

userRoutes.openapi(createRoute({
  method: 'post', path: '/users', tags: ['Users'], summary: 'Create a user (admin)',
  request: jsonBody(CreateUserRequest),
  responses: { 201: json(UserSummary, 'Created'), ...errors, ...conflict },
}), async (c) => {
  const guard = requireViewer(c, ['admin']);
  if (!guard.ok) return guard.response;
  const result = await createUser(c.get('database'), guard.viewer, c.req.valid('json'));
  if (!result.ok) {
    if (result.reason === 'person_not_found') return apiError(c, 'unprocessable', 'No person with that id in this org.');
    return apiError(c, 'email_taken', 'That e-mail already has a login.');
  }
  return c.json(summary(result.user), 201);
});

userRoutes.openapi(createRoute({
  method: 'patch', path: '/users/{id}', tags: ['Users'], summary: "Change a user's role or disable them (admin)",
  request: { params: z.object({ id: z.coerce.number().int() }), ...jsonBody(UpdateUserRequest) },
  responses: { 200: json(UserSummary, 'Updated'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c, ['admin']);
  if (!guard.ok) return guard.response;
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  if (id === guard.viewer.userId && (patch.disabled || (patch.role && patch.role !== 'admin'))) {
    return apiError(c, 'unprocessable', 'You cannot disable yourself or remove your own admin role.');
  }
  const user = await changeUser(c.get('database'), guard.viewer, id, patch);
  if (!user) return apiError(c, 'not_found', 'No such user.');
  return c.json(summary(user), 200);
});

userRoutes.openapi(createRoute({
  method: 'get', path: '/audit', tags: ['Users'], summary: 'The audit log (admin)',
  request: { query: Page },
  responses: { 200: json(pageOf(AuditEntry), 'A page of audit entries'), ...errors },
}), async (c) => {
  const guard = requireViewer(c, ['admin']);
  if (!guard.ok) return guard.response;
  const { page, pageSize } = c.req.valid('query');
  const { items, total } = await browseAudit(c.get('database'), guard.viewer, page, pageSize);
  return c.json({ items, total, page, pageSize }, 200);
});
