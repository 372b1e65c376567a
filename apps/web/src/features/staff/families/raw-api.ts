import { errorBodySchema } from '@nestje/contract';
import { getActiveAccountId } from '../../../lib/accounts.ts';
import { API_BASE, ApiError, type ResponseSchema } from '../../../lib/api.ts';

/**
 * Requests the JSON client cannot make: raw bodies (a CSV file, an image), binary answers (a photo, the CSV
 * template) and streamed answers (the import's progress). Same headers as the JSON client: the CSRF header on
 * anything that changes state, and the tab's active account.
 */
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

function headersFor(method: Method, accept: string, contentType?: string): Headers {
  const headers = new Headers({ Accept: accept });
  if (contentType) headers.set('Content-Type', contentType);
  if (method !== 'GET') headers.set('X-Nestje-Csrf', '1');
  const accountId = getActiveAccountId();
  if (accountId) headers.set('X-Nestje-Account', accountId);
  return headers;
}

async function send(
  method: Method,
  path: string,
  accept: string,
  body?: { data: Blob | string; contentType: string },
  signal?: AbortSignal,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers: headersFor(method, accept, body?.contentType),
      body: body?.data,
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network');
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

/** The ApiError for a failed answer, from its error body when it has one. */
async function errorOf(response: Response): Promise<ApiError> {
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    json = undefined;
  }
  const parsed = errorBodySchema.safeParse(json);
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return new ApiError(response.status, code, fields ?? [], message);
  }
  if (response.status === 413) return new ApiError(413, 'payload_too_large');
  if (response.status === 415) return new ApiError(415, 'unsupported_media_type');
  if (response.status >= 500) return new ApiError(response.status, 'internal');
  return new ApiError(response.status, 'unknown');
}

function parseWith<T>(schema: ResponseSchema<T>, json: unknown, status: number): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(status, 'invalid_response');
  return parsed.data;
}

/** Sends a raw body (a file) and reads the JSON answer with the contract schema; `null` ignores the answer. */
export async function sendRaw<T = undefined>(
  method: 'POST' | 'PUT',
  path: string,
  data: Blob | string,
  contentType: string,
  schema: ResponseSchema<T> | null,
): Promise<T> {
  const response = await send(method, path, 'application/json', { data, contentType });
  const text = await response.text();
  if (schema === null) return undefined as T;
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    throw new ApiError(response.status, 'invalid_response');
  }
  return parseWith(schema, json, response.status);
}

/** A binary answer (a photo, a file to download); `null` when there is none (404). */
export async function fetchBlob(path: string, signal?: AbortSignal): Promise<Blob | null> {
  try {
    const response = await send('GET', path, '*/*', undefined, signal);
    return await response.blob();
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * Reads newline-delimited JSON from a stream, handing each parsed and checked line to `onItem` as soon as it
 * is complete. A line may arrive in several chunks, and a chunk may hold several lines; blank lines are
 * skipped. A line that is not JSON or not of the expected shape ends the reading with `invalid_response`.
 */
export async function readNdjson<T>(
  stream: ReadableStream<Uint8Array>,
  schema: ResponseSchema<T>,
  onItem: (item: T) => void,
): Promise<void> {
  const reader = stream.getReader();
  // `stream: true` keeps a character split over two chunks whole.
  const decoder = new TextDecoder();
  let buffer = '';
  const handle = (line: string) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new ApiError(200, 'invalid_response');
    }
    onItem(parseWith(schema, json, 200));
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        handle(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
      }
    }
    handle(buffer + decoder.decode());
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    reader.releaseLock();
  }
}

/** POSTs (without a body) to a route that answers with NDJSON, handing each line to `onItem`. */
export async function postStream<T>(
  path: string,
  schema: ResponseSchema<T>,
  onItem: (item: T) => void,
  signal?: AbortSignal,
): Promise<void> {
  const response = await send('POST', path, 'application/x-ndjson', undefined, signal);
  if (!response.body) throw new ApiError(response.status, 'invalid_response');
  await readNdjson(response.body, schema, onItem);
}

/** Saves a blob as a file through the browser's download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
