import type { FastifyInstance, InjectOptions } from 'fastify';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

/**
 * A browser stand-in for `app.inject`: keeps the session cookie like a browser does, sends the CSRF header on
 * state-changing requests, and can act as one of its signed-in accounts through `X-Nestje-Account`.
 */
export class TestClient {
  readonly app: FastifyInstance;
  cookie: string | null = null;
  account: string | null = null;
  csrf = true;
  constructor(app: FastifyInstance) {
    this.app = app;
  }

  async request<T = any>(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = `nestje_sessions=${this.cookie}`;
    if (this.account) h['x-nestje-account'] = this.account;
    if (this.csrf && method !== 'GET') h['x-nestje-csrf'] = '1';
    const res = await this.app.inject({
      method,
      url,
      headers: h,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const setCookie = res.headers['set-cookie'];
    for (const c of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const match = /^nestje_sessions=([^;]*)/.exec(c);
      if (!match) continue;
      const expired = /Expires=Thu, 01 Jan 1970/i.test(c) || /Max-Age=0/i.test(c) || match[1] === '';
      this.cookie = expired ? null : decodeURIComponent(match[1]!);
    }
    let parsed: unknown = res.body;
    if (String(res.headers['content-type'] ?? '').includes('application/json')) parsed = res.json();
    return { status: res.statusCode, body: parsed as T, headers: res.headers };
  }

  get<T = any>(url: string, headers?: Record<string, string>) {
    return this.request<T>('GET', url, undefined, headers);
  }
  post<T = any>(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', url, body ?? {}, headers);
  }
  put<T = any>(url: string, body?: unknown) {
    return this.request<T>('PUT', url, body ?? {});
  }
  patch<T = any>(url: string, body?: unknown) {
    return this.request<T>('PATCH', url, body ?? {});
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }

  /** Signs in and makes the first signed-in account of the answer active. */
  async login(email: string, password: string): Promise<TestResponse> {
    const res = await this.post('/api/v1/auth/login', { email, password });
    if (res.status === 200) this.account = res.body.activeAccountId;
    return res;
  }
}
