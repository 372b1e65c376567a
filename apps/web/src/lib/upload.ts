import { type MediaView, uploadedMediaSchema } from '@nestje/contract';
import { getActiveAccountId } from './accounts.ts';
import { API_BASE, ApiError, parseWith, toApiError } from './api.ts';

/** How far an upload is: bytes sent of the total (the total is the file's size until the browser knows). */
export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void;
  /** The file's name on the device; the server keeps it (sanitised) for a PDF's download. Defaults to a PDF's. */
  name?: string;
  signal?: AbortSignal;
  /** Account to act as; defaults to the tab's active account. */
  accountId?: string | null;
}

/**
 * The error for a refused upload, from the API's error body like every other request; a proxy's size or type
 * refusal has no error body of ours, but it is still about the file.
 */
function errorOf(status: number, text: string): ApiError {
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  const error = toApiError(status, json);
  if (error.code === 'payload_too_large')
    return new ApiError(status, 'validation_failed', [fileField('file_too_large')]);
  if (error.code === 'unsupported_media_type')
    return new ApiError(status, 'validation_failed', [fileField('unsupported_file_type')]);
  return error;
}

function fileField(code: string) {
  return { path: 'file', code, message: code };
}

/**
 * Uploads one photo, video or PDF to `POST /media` as the raw file (its name in the query), reporting progress as
 * it goes (fetch cannot report upload progress; XMLHttpRequest can). It sends the same CSRF and account headers as
 * every other request and answers the media as the contract describes it; a refusal is an `ApiError` with the
 * field error on `file`, a failed connection `network`, an abort an `AbortError`.
 */
export function uploadMedia(file: Blob, options: UploadOptions = {}): Promise<MediaView> {
  const { onProgress, signal } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The upload was aborted', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    // Only a PDF's name is sent: the server keeps it for the download; a photo's name is none of its business.
    const pdf = file.type === 'application/pdf' || (file instanceof File && /\.pdf$/i.test(file.name));
    const name = options.name ?? (pdf && file instanceof File ? file.name : '');
    xhr.open('POST', `${API_BASE}/media${name ? `?name=${encodeURIComponent(name.slice(0, 1000))}` : ''}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    // The server refuses state-changing requests without this header (CSRF defence, together with Origin).
    xhr.setRequestHeader('X-Nestje-Csrf', '1');
    const accountId = options.accountId === undefined ? getActiveAccountId() : options.accountId;
    if (accountId) xhr.setRequestHeader('X-Nestje-Account', accountId);

    const onAbort = () => xhr.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);

    xhr.upload.addEventListener('progress', (event) => {
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    });
    xhr.addEventListener('load', () => {
      done();
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(errorOf(xhr.status, xhr.responseText));
        return;
      }
      onProgress?.({ loaded: file.size, total: file.size });
      let json: unknown;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        reject(new ApiError(xhr.status, 'invalid_response'));
        return;
      }
      try {
        resolve(parseWith(uploadedMediaSchema, json, xhr.status));
      } catch (error) {
        reject(error);
      }
    });
    xhr.addEventListener('error', () => {
      done();
      reject(new ApiError(0, 'network'));
    });
    xhr.addEventListener('timeout', () => {
      done();
      reject(new ApiError(0, 'network'));
    });
    xhr.addEventListener('abort', () => {
      done();
      reject(new DOMException('The upload was aborted', 'AbortError'));
    });
    onProgress?.({ loaded: 0, total: file.size });
    xhr.send(file);
  });
}

/** Share (0–100) of an upload's progress, rounded down so 100 means done. */
export function percentOf(progress: UploadProgress): number {
  if (progress.total <= 0) return 0;
  return Math.min(100, Math.floor((progress.loaded / progress.total) * 100));
}
