// The coaching routes document themselves: every path in the OpenAPI document, with the
// contract's named schemas (what the session page is built against; docs/sessions.md).
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/server/context.ts';
import { commitmentRoutes } from '../../src/server/routes/commitment-routes.ts';
import { observationRoutes } from '../../src/server/routes/observation-routes.ts';
import { sessionRoutes } from '../../src/server/routes/session-routes.ts';
import { sessionStepRoutes } from '../../src/server/routes/session-step-routes.ts';

describe('the coaching OpenAPI document', () => {
  const api = createRouter();
  for (const routes of [sessionRoutes, sessionStepRoutes, observationRoutes, commitmentRoutes]) api.route('/', routes);
  const document = api.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Coachboard API', version: '1' } });

  it('lists every coaching route with its methods', () => {
    const routes = Object.entries(document.paths ?? {}).map(([path, item]) => `${Object.keys(item ?? {}).sort().join(',')} ${path}`).sort();
    expect(routes).toEqual([
      'get /commitments',
      'delete,patch /commitments/{id}',
      'post /commitments/{id}/review',
      'post /observations',
      'delete /observations/{id}',
      'get /reps/{id}/observations',
      'get,post /sessions',
      'get,patch /sessions/{id}',
      'post /sessions/{id}/cancel',
      'post /sessions/{id}/commitments',
      'post /sessions/{id}/hold',
      'post /sessions/{id}/miss',
      'get /sessions/{id}/prepare',
      'post /sessions/{id}/reopen',
      'post /sessions/{id}/specify-check',
      'post /sessions/{id}/understand',
      'get,put /settings/coaching-privacy',
    ].sort());
  });

  it('names the shapes a client builds against', () => {
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(expect.arrayContaining([
      'CoachingSession', 'CoachingSessionPage', 'CreateCoachingSession', 'CoachingSessionPatch', 'HoldCoachingSession', 'UnderstandStep',
      'SpecifyCheckRequest', 'SpecifyCheckResult', 'SessionPrepare', 'Commitment', 'CommitmentRequest', 'CommitmentReview',
      'Observation', 'ObservationRequest', 'CoachingPrivacy',
    ]));
  });
});
