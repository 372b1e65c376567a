import { errorBodySchema, type FieldError, IDEMPOTENCY_KEY_HEADER } from '@nestje/contract';
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
  /**
   * Sent as `Idempotency-Key` on a create: the server creates one thing for all requests with the same key
   * (and body) and answers a repeat with the first answer. See `idempotency.ts` for choosing the key.
   */
  idempotencyKey?: string;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a request sends besides its method and path: the answer it accepts and, if any, its body. */
export interface RequestParts {
  accept: string;
  body?: { data: BodyInit; contentType: string };
}

function headersFor(method: Method, parts: RequestParts, options: RequestOptions): Headers {
  const headers = new Headers({ Accept: parts.accept });
  if (parts.body) headers.set('Content-Type', parts.body.contentType);
  // The server refuses state-changing requests without this header (CSRF defence, together with Origin).
  if (method !== 'GET') headers.set('X-Nestje-Csrf', '1');
  const accountId = options.accountId === undefined ? getActiveAccountId() : options.accountId;
  if (accountId) headers.set('X-Nestje-Account', accountId);
  if (options.idempotencyKey) headers.set(IDEMPOTENCY_KEY_HEADER, options.idempotencyKey);
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

/** The `ApiError` of a refused request, from the API's error body (or, without one, from the status). */
export function toApiError(status: number, body: unknown): ApiError {
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return new ApiError(status, code, fields ?? [], message);
  }
  // A proxy or crash without our error body: still give the UI a code it can translate.
  if (status === 401) return new ApiError(status, 'unauthenticated');
  if (status === 413) return new ApiError(status, 'payload_too_large');
  if (status === 415) return new ApiError(status, 'unsupported_media_type');
  if (status === 429) return new ApiError(status, 'rate_limited');
  if (status >= 500) return new ApiError(status, 'internal');
  return new ApiError(status, 'unknown');
}

/**
 * Sends one request to the API with the headers every request needs (the CSRF header on anything that changes
 * state, the account to act as) and answers the response once it is known to be OK; a refusal becomes an
 * `ApiError` from the error body, a failed connection `network`. The JSON client and the raw requests
 * (`raw-api.ts`) both go through here.
 */
export async function sendRequest(
  method: Method,
  path: string,
  parts: RequestParts,
  options: RequestOptions = {},
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers: headersFor(method, parts, options),
      body: parts.body?.data,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network');
  }
  if (!response.ok) throw toApiError(response.status, await readJson(response));
  return response;
}

/** Parses a body with the contract schema; an answer of another shape is `invalid_response`. */
export function parseWith<T>(schema: ResponseSchema<T>, json: unknown, status: number): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(status, 'invalid_response');
  return parsed.data;
}

/** Reads a JSON answer with the contract schema; `null` reads it to the end and ignores it. */
export async function readAnswer<T>(response: Response, schema: ResponseSchema<T> | null): Promise<T> {
  const json = await readJson(response);
  if (schema === null) return undefined as T;
  return parseWith(schema, json, response.status);
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
  const parts: RequestParts = { accept: 'application/json' };
  if (body !== undefined) parts.body = { data: JSON.stringify(body), contentType: 'application/json' };
  return readAnswer(await sendRequest(method, path, parts, options), schema);
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
  /** A partial update: only the fields in the body change. */
  patch: <T = undefined>(
    path: string,
    body: unknown,
    schema: ResponseSchema<T> | null,
    options?: RequestOptions,
  ) => apiRequest('PATCH', path, body, schema, options),
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
