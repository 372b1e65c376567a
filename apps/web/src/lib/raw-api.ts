import { ApiError, parseWith, type ResponseSchema, readAnswer, sendRequest } from './api.ts';

/**
 * Requests the JSON client cannot make: raw bodies (a CSV file, an image), binary answers (a photo, the CSV
 * template) and streamed answers (the import's progress). They go through the same `sendRequest` as the JSON
 * client, so they carry the same CSRF and account headers and fail with the same `ApiError`s.
 */

/** Sends a raw body (a file) and reads the JSON answer with the contract schema; `null` ignores the answer. */
export async function sendRaw<T = undefined>(
  method: 'POST' | 'PUT',
  path: string,
  data: Blob | string,
  contentType: string,
  schema: ResponseSchema<T> | null,
): Promise<T> {
  const response = await sendRequest(method, path, {
    accept: 'application/json',
    body: { data, contentType },
  });
  return readAnswer(response, schema);
}

/** A binary answer (a photo, a file to download); `null` when there is none (404). */
export async function fetchBlob(path: string, signal?: AbortSignal): Promise<Blob | null> {
  try {
    const response = await sendRequest('GET', path, { accept: '*/*' }, { signal });
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
  const response = await sendRequest('POST', path, { accept: 'application/x-ndjson' }, { signal });
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

/**
 * What is wrong with a chosen file before it is sent (the server checks again, by its bytes), as a field
 * code the form translates; null when it may be sent.
 */
export function checkFile(
  file: { type: string; size: number },
  allowed: { types: readonly string[]; maxBytes: number },
): 'unsupported_file_type' | 'file_too_large' | null {
  if (!allowed.types.includes(file.type)) return 'unsupported_file_type';
  if (file.size > allowed.maxBytes) return 'file_too_large';
  return null;
}
