// Calendars (docs/cadences-and-calendar.md): a secret, revocable feed URL per person
// (GET /calendar/{token}.ics needs no session: the token is the credential), the feeds'
// create/list/revoke for the signed-in user, and an .ics download.
import { createRoute, z } from '@hono/zod-openapi';
import { CalendarFeedCreated, CalendarFeedsResponse } from '../../contract/cadence.ts';
import { visibleIds } from '../../use-cases/analytics/analytics-access.ts';
import {
  calendarFeedsOf, calendarForToken, createCalendarFeed, personCalendar, revokeFeed,
} from '../../use-cases/calendar/person-calendar.ts';
import { createRouter } from '../context.ts';
import { apiError } from '../errors.ts';
import { errors, json, notFound } from '../openapi-helpers.ts';
import { requireViewer } from '../require-viewer.ts';

export const calendarRoutes = createRouter();

const ICS = { content: { 'text/calendar': { schema: z.string() } }, description: 'An iCalendar (RFC 5545) document' };
const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
const fileName = (name: string) => `coachboard-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'calendar'}.ics`;

calendarRoutes.openapi(createRoute({
  method: 'post', path: '/calendar/feeds', tags: ['Calendar'],
  summary: "Create a secret feed URL of your own coaching calendar (or, with personId, of a person in your scope: a manager's rep)",
  request: { query: z.object({ personId: z.coerce.number().int().positive().optional() }) },
  responses: { 201: json(CalendarFeedCreated, 'The feed and its URL (shown once)'), ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const { viewer } = guard;
  const database = c.get('database');
  const personId = c.req.valid('query').personId ?? viewer.personId;
  if (personId === null) return apiError(c, 'forbidden', 'Your login is not linked to a person, so it has no coaching calendar.');
  if (personId !== viewer.personId) {
    // A manager may hand a rep in their subtree a feed URL; the feed stays the manager's to list and revoke.
    if (viewer.role === 'rep') return apiError(c, 'forbidden', 'A rep creates a feed of their own calendar only.');
    const visible = await visibleIds(database, viewer);
    if (visible && !visible.has(personId)) return apiError(c, 'not_found', `No person #${personId} in your scope.`);
  }
  const created = await createCalendarFeed(database, viewer.orgId, viewer.userId, personId);
  if (!created) return apiError(c, 'not_found', `No person #${personId}.`);
  const { feed, token } = created;
  return c.json({ feed, url: `${new URL(c.req.url).origin}/api/v1/calendar/${token}.ics` }, 201);
});

calendarRoutes.openapi(createRoute({
  method: 'get', path: '/calendar/feeds', tags: ['Calendar'], summary: 'The calendar feeds you created (their URLs are not shown again)',
  responses: { 200: json(CalendarFeedsResponse, 'The feeds'), ...errors },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  return c.json({ items: await calendarFeedsOf(c.get('database'), guard.viewer.orgId, guard.viewer.userId) }, 200);
});

calendarRoutes.openapi(createRoute({
  method: 'delete', path: '/calendar/feeds/{id}', tags: ['Calendar'], summary: 'Revoke one of your feed URLs; it answers 404 from then on',
  request: { params: z.object({ id: z.coerce.number().int() }) },
  responses: { 204: { description: 'Revoked' }, ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const revoked = await revokeFeed(c.get('database'), guard.viewer.orgId, guard.viewer.userId, c.req.valid('param').id);
  return revoked ? c.body(null, 204) : apiError(c, 'not_found', 'No such live feed of yours.');
});

calendarRoutes.openapi(createRoute({
  method: 'get', path: '/calendar.ics', tags: ['Calendar'], summary: 'Download a coaching calendar as .ics (yours; or a person in your scope)',
  request: { query: z.object({ personId: z.coerce.number().int().positive().optional() }) },
  responses: { 200: ICS, ...errors, ...notFound },
}), async (c) => {
  const guard = requireViewer(c);
  if (!guard.ok) return guard.response;
  const { viewer } = guard;
  const database = c.get('database');
  const personId = c.req.valid('query').personId ?? viewer.personId;
  if (personId === null) return apiError(c, 'bad_request', 'Your login is not linked to a person: name one with personId.');
  if (viewer.role === 'rep' && personId !== viewer.personId) return apiError(c, 'forbidden', 'A rep downloads their own calendar only.');
  const visible = await visibleIds(database, viewer);
  if (visible && !visible.has(personId)) return apiError(c, 'not_found', `No person #${personId} in your scope.`);
  const calendar = await personCalendar(database, viewer.orgId, personId, new Date());
  if (!calendar) return apiError(c, 'not_found', `No person #${personId}.`);
  return c.body(calendar.ics, 200, { 'content-type': CALENDAR_TYPE, 'content-disposition': `attachment; filename="${fileName(calendar.name)}"` });
});

calendarRoutes.openapi(createRoute({
  method: 'get', path: '/calendar/{file}', tags: ['Calendar'], summary: 'A calendar feed by its secret URL (no session needed)',
  request: { params: z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{16,128}\.ics$/, 'expected <token>.ics') }) },
  responses: { 200: ICS, ...errors, ...notFound },
}), async (c) => {
  const token = c.req.valid('param').file.slice(0, -'.ics'.length);
  const calendar = await calendarForToken(c.get('database'), token, new Date());
  if (!calendar) return apiError(c, 'not_found', 'No such calendar feed (it may have been revoked).');
  c.header('cache-control', 'private, max-age=300');
  return c.body(calendar.ics, 200, { 'content-type': CALENDAR_TYPE });
});
