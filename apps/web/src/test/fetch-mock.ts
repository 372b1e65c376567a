import { vi } from 'vitest';

export interface MockRequest {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

export interface MockResponse {
  status: number;
  body?: unknown;
}

/**
 * Handlers by "METHOD /path" (path without the query string). A handler may answer later (a promise), or
 * throw to stand for a request that got no answer (fetch fails, as when the connection drops).
 */
export type MockRoutes = Record<string, (request: MockRequest) => MockResponse | Promise<MockResponse>>;

/**
 * Replaces the global fetch for one test (unit tests only; e2e runs against the real server). Returns the
 * requests it received, in order. Unknown routes answer 404 with the API's error body.
 */
export function mockFetch(routes: MockRoutes): MockRequest[] {
  const requests: MockRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input), 'http://localhost');
      const method = (init.method ?? 'GET').toUpperCase();
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      const request = { method, path: url.pathname, headers: new Headers(init.headers), body };
      requests.push(request);
      const handler = routes[`${method} ${url.pathname}`];
      const answer = handler
        ? await handler(request)
        : { status: 404, body: { error: { code: 'not_found', message: 'No mock for this route' } } };
      const text = answer.body === undefined ? null : JSON.stringify(answer.body);
      return new Response(text, { status: answer.status, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return requests;
}

/** An API error answer. */
export function apiError(
  status: number,
  code: string,
  fields?: { path: string; code: string }[],
): MockResponse {
  return {
    status,
    body: {
      error: {
        code,
        message: `english text for ${code}`,
        fields: fields?.map((f) => ({ ...f, message: 'x' })),
      },
    },
  };
}
