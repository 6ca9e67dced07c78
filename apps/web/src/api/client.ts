/**
 * The one way the web app talks to the server: JSON over same-origin fetch,
 * the CSRF token on every write, RFC 9457 problem documents turned into
 * ApiError, and a redirect to /login when the session is gone.
 */

import createClient from 'openapi-fetch';
import type { paths } from './schema';

/** A failing field: `code` + `params` are rendered in the reader's language (api/messages.ts), `message` is English. */
export interface FieldError {
  path: (string | number)[];
  message: string;
  code?: string;
  params?: Record<string, string | number | boolean | null>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: FieldError[];
  /** The stable code of this particular message (errors.detail.<detailCode>) and its parameters. */
  readonly detailCode: string | undefined;
  readonly params: Record<string, unknown>;
  readonly body: Record<string, unknown>;

  constructor(status: number, body: Record<string, unknown>) {
    const detail = typeof body.detail === 'string' ? body.detail : `HTTP ${status}`;
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = typeof body.code === 'string' ? body.code : 'internal';
    this.detail = detail;
    this.errors = Array.isArray(body.errors) ? (body.errors as FieldError[]) : [];
    this.detailCode = typeof body.detailCode === 'string' ? body.detailCode : undefined;
    this.params =
      body.params && typeof body.params === 'object' ? (body.params as Record<string, unknown>) : {};
    this.body = body;
  }
}

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

type Query = Record<string, string | number | boolean | null | undefined | (string | number)[]>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Do not redirect to /login on 401 (the login page and the session probe handle it themselves). */
  allowUnauthenticated?: boolean;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

function redirectToLogin() {
  if (window.location.pathname === '/login') return;
  const next = window.location.pathname + window.location.search;
  window.location.assign(`/login?next=${encodeURIComponent(next)}`);
}

async function errorOf(res: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await res.json();
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    body = { detail: res.statusText || `HTTP ${res.status}` };
  }
  return new ApiError(res.status, body);
}

/** Sends a request and returns the raw response after error handling (for downloads and ETags). */
export async function send(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(buildUrl(path, opts.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
    signal: opts.signal,
  });
  return checked(res, opts.allowUnauthenticated);
}

/** Throws the problem document of a failed response as ApiError (a 412 keeps its status for "someone else saved first"). */
async function checked(res: Response, allowUnauthenticated = false): Promise<Response> {
  if (!res.ok) {
    const error = await errorOf(res);
    if (res.status === 401 && !allowUnauthenticated) redirectToLogin();
    throw error;
  }
  return res;
}

async function json<T>(method: string, path: string, opts?: RequestOptions): Promise<T> {
  const res = await send(method, path, opts);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => json<T>('GET', path, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => json<T>('POST', path, { ...opts, body }),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) =>
    json<T>('PATCH', path, { ...opts, body }),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => json<T>('PUT', path, { ...opts, body }),
  delete: <T = void>(path: string, opts?: RequestOptions) => json<T>('DELETE', path, opts),
};

/** Downloads a file from the API and hands it to the browser with the server's file name. */
export async function download(path: string, query?: Query, fallbackName = 'download'): Promise<string> {
  const res = await send('GET', path, { query, headers: { accept: '*/*' } });
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = star?.[1] ? decodeURIComponent(star[1]) : (plain?.[1] ?? fallbackName);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The API's paths without the /api prefix the client adds: `/customers/{id}`. */
export type ApiPaths = {
  [P in keyof paths as P extends `/api${infer R}` ? R : never]: paths[P];
};

/**
 * The client typed by openapi.json's paths (schema.d.ts): path, query, body and
 * answer are checked by `tsc -p apps/web`. Same behaviours as send(): CSRF
 * token on writes, If-Match passed as a header, problem+json thrown as ApiError
 * (so `data` is always the success body), /login on 401.
 *   const { data } = await http.GET('/customers/{id}', { params: { path: { id } } });
 */
export const http = createClient<ApiPaths>({
  baseUrl: '/api',
  querySerializer: (query) => new URL(buildUrl('', query as Query), 'http://x').search.slice(1),
  fetch: async (request) => {
    const headers = new Headers(request.headers);
    if (!headers.has('accept') || headers.get('accept') === '*/*') headers.set('accept', 'application/json');
    if (!SAFE.has(request.method) && csrfToken) headers.set('x-csrf-token', csrfToken);
    return checked(await fetch(new Request(request, { headers, credentials: 'same-origin' })));
  },
});

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The success body of a typed call (errors were already thrown as ApiError). */
export async function ok<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  return (await call).data as T;
}
