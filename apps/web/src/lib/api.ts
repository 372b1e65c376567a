import { errorBodySchema, type FieldError } from '@nestje/contract';
import { getActiveAccountId } from './accounts.ts';

/** Prefix of every API route. */
export const API_BASE = '/api/v1';

/** Codes the web client itself produces when there is no usable error body. */
export type ClientErrorCode = 'network' | 'invalid_response' | 'unknown';

/** A failed API call: the HTTP status, the server's stable error code and, for 400s, the failing fields. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: readonly FieldError[];

  constructor(status: number, code: string, fields: readonly FieldError[] = [], message?: string) {
    super(message ?? `${status} ${code}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

/** The part of a zod schema the client needs: parse an unknown body into the contract type. */
export interface ResponseSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
}

export interface RequestOptions {
  /** Account to act as; defaults to the tab's active account. `null` sends no account header. */
  accountId?: string | null;
  signal?: AbortSignal;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function headersFor(method: Method, hasBody: boolean, options: RequestOptions): Headers {
  const headers = new Headers({ Accept: 'application/json' });
  if (hasBody) headers.set('Content-Type', 'application/json');
  // The server refuses state-changing requests without this header (CSRF defence, together with Origin).
  if (method !== 'GET') headers.set('X-Nestje-Csrf', '1');
  const accountId = options.accountId === undefined ? getActiveAccountId() : options.accountId;
  if (accountId) headers.set('X-Nestje-Account', accountId);
  return headers;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toApiError(status: number, body: unknown): ApiError {
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return new ApiError(status, code, fields ?? [], message);
  }
  // A proxy or crash without our error body: still give the UI a code it can translate.
  if (status === 401) return new ApiError(status, 'unauthenticated');
  if (status === 429) return new ApiError(status, 'rate_limited');
  if (status >= 500) return new ApiError(status, 'internal');
  return new ApiError(status, 'unknown');
}

/**
 * Calls the API and returns the body parsed with the contract schema. Without a schema the body is ignored
 * (204 answers, or answers the caller does not need).
 */
export async function apiRequest<T = undefined>(
  method: Method,
  path: string,
  body: unknown,
  schema: ResponseSchema<T> | null,
  options: RequestOptions = {},
): Promise<T> {
  const hasBody = body !== undefined;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers: headersFor(method, hasBody, options),
      body: hasBody ? JSON.stringify(body) : undefined,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network');
  }
  const json = await readJson(response);
  if (!response.ok) throw toApiError(response.status, json);
  if (schema === null) return undefined as T;
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(response.status, 'invalid_response');
  return parsed.data;
}

export const api = {
  get: <T>(path: string, schema: ResponseSchema<T>, options?: RequestOptions) =>
    apiRequest('GET', path, undefined, schema, options),
  post: <T = undefined>(
    path: string,
    body: unknown,
    schema: ResponseSchema<T> | null,
    options?: RequestOptions,
  ) => apiRequest('POST', path, body, schema, options),
  put: <T = undefined>(
    path: string,
    body: unknown,
    schema: ResponseSchema<T> | null,
    options?: RequestOptions,
  ) => apiRequest('PUT', path, body, schema, options),
  delete: <T = undefined>(path: string, schema: ResponseSchema<T> | null, options?: RequestOptions) =>
    apiRequest('DELETE', path, undefined, schema, options),
};

/** The error code of anything thrown by the client, for translation (`errors.<code>`). */
export function errorCodeOf(error: unknown): string {
  return error instanceof ApiError ? error.code : 'unknown';
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated';
}
