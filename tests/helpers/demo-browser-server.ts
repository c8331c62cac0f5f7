// A test server holding a small demo org (seed 11, 12 reps, as of today), for the browser
// tests that need a realistic org; and the first demo manager with reps to coach this week.
import { expect } from 'vitest';
import { loadDemo, type DemoLogin } from '../../src/use-cases/load-demo.ts';
import { setUpOrg } from '../../src/use-cases/manage-users.ts';
import { startTestServer, type RunningServer } from './browser.ts';
import { apiSessionCookie } from './browser-sign-in.ts';

export type DemoServer = { server: RunningServer; password: string; logins: DemoLogin[] };

export async function startDemoServer(): Promise<DemoServer> {
  const server = await startTestServer();
  await setUpOrg(server.database, { orgName: 'Northwind Sales', name: 'Ada Admin', email: 'ada@example.com', password: 'a long admin password' });
  const demo = await loadDemo(server.database, { seed: 11, reps: 12, asOf: new Date().toISOString().slice(0, 10), actorUserId: null });
  expect(demo.errors).toEqual([]);
  return { server, password: demo.demoPassword!, logins: demo.logins };
}

/** The e-mail of the first demo manager whose coaching queue (asked of the API) is not empty. */
export async function managerWithRepsToCoach({ server, password, logins }: DemoServer): Promise<string> {
  for (const login of logins.filter((l) => l.role === 'manager')) {
    const cookie = await apiSessionCookie(server.url, login.email, password);
    const queue = await fetch(`${server.url}/api/v1/analytics/queue`, { headers: { cookie } });
    if (((await queue.json()) as { coach: unknown[] }).coach.length > 0) return login.email;
  }
  throw new Error('no demo manager has reps to coach this week');
}
