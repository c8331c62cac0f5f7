// Drives the Hono app in-process, like a browser would: keeps the session cookie and
// sends the CSRF token on writes.
import type { Hono } from 'hono';

export type ApiClient = {
  request: (method: string, path: string, body?: unknown, extraHeaders?: Record<string, string>) => Promise<Response>;
  signIn: (email: string, password: string) => Promise<Response>;
  csrfToken: string | null;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function apiClient(app: Hono<any>): ApiClient {
  let cookie: string | null = null;
  const client: ApiClient = {
    csrfToken: null,
    async request(method, path, body, extraHeaders = {}) {
      const headers: Record<string, string> = { ...extraHeaders };
      if (cookie) headers.cookie = cookie;
      if (client.csrfToken && method !== 'GET') headers['x-csrf-token'] = client.csrfToken;
      let payload: BodyInit | undefined;
      if (body instanceof FormData) payload = body;
      else if (body !== undefined) {
        headers['content-type'] = 'application/json';
        payload = JSON.stringify(body);
      }
      const response = await app.request(`/api/v1${path}`, { method, headers, body: payload });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) {
        const value = setCookie.split(';')[0]!;
        cookie = value.endsWith('=') ? null : value;
      }
      return response;
    },
    async signIn(email, password) {
      const response = await client.request('POST', '/auth/sign-in', { email, password });
      if (response.ok) client.csrfToken = ((await response.clone().json()) as { csrfToken: string }).csrfToken;
      return response;
    },
  };
  return client;
}
