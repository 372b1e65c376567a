import { DOCUMENT_MAX_BYTES, IMAGE_MAX_BYTES, type MediaView, VIDEO_MAX_BYTES } from '@nestje/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../lib/api.ts';
import { percentOf, uploadMedia } from '../../lib/upload.ts';

/** One chosen file on its way to the server. */
export interface UploadItem {
  /** Local key of the item (not the media's id). */
  key: string;
  file: File;
  /** 0–100. */
  percent: number;
  status: 'uploading' | 'done' | 'failed';
  /** The uploaded media, once done. */
  media: MediaView | null;
  /** The code to translate when it failed: a field code on `file`, or the error's code. */
  errorCode: string | null;
}

/** Image types the browser may offer; the server decides by the bytes, HEIC where it can read it. */
export const IMAGE_ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif';
export const VIDEO_ACCEPT = 'video/mp4,video/webm';
/** Documents: PDF only (the server checks the bytes); the extension helps pickers that know no types. */
export const DOCUMENT_ACCEPT = 'application/pdf,.pdf';

/** Whether a chosen file is meant as a PDF document (by its type or name; the server decides by its bytes). */
export function isPdfFile(file: { type: string; name?: string }): boolean {
  return file.type === 'application/pdf' || (file.name ?? '').toLowerCase().endsWith('.pdf');
}

/**
 * What is wrong with a file before it is sent (the server checks again), or null. `documents`: PDFs may be
 * chosen here (messages); elsewhere a PDF is refused at once, as the server would when it is used.
 */
export function precheck(
  file: { type: string; size: number; name?: string },
  videoEnabled: boolean,
  documents = false,
): string | null {
  if (isPdfFile(file)) {
    if (!documents) return 'document_not_allowed';
    return file.size > DOCUMENT_MAX_BYTES ? 'file_too_large' : null;
  }
  if (file.type.startsWith('video/')) {
    if (!videoEnabled) return 'video_not_enabled';
    return file.size > VIDEO_MAX_BYTES ? 'file_too_large' : null;
  }
  return file.size > IMAGE_MAX_BYTES ? 'file_too_large' : null;
}

function codeOf(error: unknown): string {
  if (error instanceof ApiError)
    return error.fields.find((field) => field.path === 'file')?.code ?? error.code;
  return 'unknown';
}

let counter = 0;

/**
 * The files chosen for a post, a diary entry or a message, each uploaded at once with its own progress; a failed
 * one can be tried again or removed. `mediaIds` are the uploaded ones in the order chosen. `documents`: PDFs may
 * be chosen too (messages).
 */
export function useUploads({
  videoEnabled = false,
  documents = false,
}: {
  videoEnabled?: boolean;
  documents?: boolean;
} = {}) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const controllers = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);

  const update = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const start = useCallback(
    (key: string, file: File) => {
      const controller = new AbortController();
      controllers.current.set(key, controller);
      update(key, { status: 'uploading', percent: 0, errorCode: null });
      uploadMedia(file, {
        signal: controller.signal,
        onProgress: (progress) => update(key, { percent: percentOf(progress) }),
      })
        .then((media) => update(key, { status: 'done', percent: 100, media }))
        .catch((error: unknown) => {
          if (error instanceof DOMException && error.name === 'AbortError') return;
          update(key, { status: 'failed', errorCode: codeOf(error) });
        })
        .finally(() => controllers.current.delete(key));
    },
    [update],
  );

  const add = useCallback(
    (files: readonly File[]) => {
      const added: UploadItem[] = files.map((file) => {
        counter += 1;
        const problem = precheck(file, videoEnabled, documents);
        return {
          key: `upload-${counter}`,
          file,
          percent: 0,
          status: problem ? 'failed' : 'uploading',
          media: null,
          errorCode: problem,
        };
      });
      setItems((list) => [...list, ...added]);
      for (const item of added) if (item.status === 'uploading') start(item.key, item.file);
    },
    [start, videoEnabled, documents],
  );

  const retry = useCallback(
    (key: string) => {
      const item = items.find((candidate) => candidate.key === key);
      if (!item || precheck(item.file, videoEnabled, documents)) return;
      start(key, item.file);
    },
    [items, start, videoEnabled, documents],
  );

  const remove = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    controllers.current.delete(key);
    setItems((list) => list.filter((item) => item.key !== key));
  }, []);

  const clear = useCallback(() => {
    for (const controller of controllers.current.values()) controller.abort();
    controllers.current.clear();
    setItems([]);
  }, []);

  const done = items.filter((item) => item.status === 'done' && item.media);
  return {
    items,
    add,
    retry,
    remove,
    clear,
    /** True while a file is still on its way. */
    busy: items.some((item) => item.status === 'uploading'),
    /** True when a chosen file failed and is neither retried nor removed. */
    failed: items.some((item) => item.status === 'failed'),
    mediaIds: done.map((item) => item.media?.id ?? ''),
  };
}

export type Uploads = ReturnType<typeof useUploads>;
