// fetch wrapper for /api/v1: same-origin cookies, JSON in and out, CSRF header on
// state-changing requests, and every failure turned into an ApiError.
import { ApiError, networkError, toApiError } from './api-error.ts';
import { getCsrfToken } from './csrf-token.ts';

export type QueryParams = Record<string, string | number | boolean | null | undefined>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export function buildUrl(path: string, params?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query === '' ? path : `${path}?${query}`;
}

export function apiGet<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', buildUrl(path, params), undefined, signal);
}

/** POST/PATCH/DELETE. A FormData body is sent as multipart; anything else as JSON. */
export function apiSend<T>(method: Exclude<Method, 'GET'>, path: string, body?: unknown): Promise<T> {
  return request<T>(method, path, body);
}

async function request<T>(method: Method, url: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const headers = new Headers({ accept: 'application/json' });
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body; // the browser sets the multipart boundary itself
  } else if (body !== undefined) {
    headers.set('content-type', 'application/json');
    payload = JSON.stringify(body);
  }
  const token = getCsrfToken();
  if (method !== 'GET' && token !== null) headers.set('x-csrf-token', token);

  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin', signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError();
  }
  if (response.status === 204) return undefined as T;
  const data = await readJson(response);
  if (!response.ok) throw toApiError(response.status, data);
  if (data === undefined) throw new ApiError(response.status, 'bad_response', 'The server sent an unreadable answer.');
  return data as T;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
