import type { DiaryEntry, MediaView, Post } from '@nestje/contract';
import { vi } from 'vitest';

/** One request made through the fake XMLHttpRequest. */
export interface FakeUpload {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Blob | null;
  /** Reports upload progress to the page. */
  progress: (loaded: number, total: number) => void;
  /** Answers with a status and a JSON body. */
  respond: (status: number, body: unknown) => void;
  /** The connection fails. */
  fail: () => void;
  aborted: boolean;
}

/**
 * Replaces XMLHttpRequest (jsdom's cannot reach a server in unit tests) with one the test drives by hand:
 * progress events, an answer, a failed connection. Returns the requests made, in order.
 */
export function fakeXhr(): FakeUpload[] {
  const uploads: FakeUpload[] = [];
  class FakeXMLHttpRequest {
    status = 0;
    responseText = '';
    withCredentials = false;
    readonly upload = new EventTarget();
    readonly #events = new EventTarget();
    #request: FakeUpload | null = null;
    #method = '';
    #url = '';
    #headers: Record<string, string> = {};

    open(method: string, url: string) {
      this.#method = method;
      this.#url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.#headers[name.toLowerCase()] = value;
    }
    addEventListener(type: string, listener: EventListener) {
      this.#events.addEventListener(type, listener);
    }
    abort() {
      if (this.#request) this.#request.aborted = true;
      this.#events.dispatchEvent(new Event('abort'));
    }
    send(body: Blob | null) {
      const request: FakeUpload = {
        method: this.#method,
        url: this.#url,
        headers: this.#headers,
        body,
        aborted: false,
        progress: (loaded, total) => {
          const event = Object.assign(new Event('progress'), { loaded, total, lengthComputable: true });
          this.upload.dispatchEvent(event);
        },
        respond: (status, answer) => {
          this.status = status;
          this.responseText = answer === undefined ? '' : JSON.stringify(answer);
          this.#events.dispatchEvent(new Event('load'));
        },
        fail: () => this.#events.dispatchEvent(new Event('error')),
      };
      this.#request = request;
      uploads.push(request);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXMLHttpRequest);
  return uploads;
}

let sequence = 0;

/** A media view as the server answers it, with signed URLs valid for five minutes. */
export function mediaView(overrides: Partial<MediaView> = {}): MediaView {
  sequence += 1;
  const id = `7a1e2d3c-4b5a-4978-8a6b-${String(sequence).padStart(12, '0')}`;
  const signed = (variant: string) => `/api/v1/media/${id}/${variant}?exp=1&sig=abcdefghijklmnopqrstuv`;
  return {
    id,
    kind: 'image',
    width: 1600,
    height: 1200,
    smallUrl: signed('small'),
    screenUrl: signed('screen'),
    downloadUrl: `${signed('full')}&download=1`,
    videoUrl: null,
    fileName: null,
    byteSize: null,
    urlsExpireAt: new Date(Date.now() + 300_000).toISOString(),
    ...overrides,
  };
}

/** A PDF attachment as the server answers it: no thumbnails, its name, size and download URL. */
export function documentView(fileName: string, byteSize: number): MediaView {
  const view = mediaView({ kind: 'document', width: null, height: null, smallUrl: null, screenUrl: null });
  return {
    ...view,
    fileName,
    byteSize,
    downloadUrl: `/api/v1/media/${view.id}/file?exp=1&sig=abcdefghijklmnopqrstuv`,
  };
}

export const GROUP_ID = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b02';
export const NOORTJE_ID = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b11';

/** A post of three photos, the third one not downloadable. */
export function threePhotoPost(): Post {
  return {
    id: '8b1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b01',
    groupId: GROUP_ID,
    groupName: 'Hamsters',
    authorName: 'Ahmed Bakker',
    body: 'Vandaag in de zandbak.',
    postedAt: '2026-11-27T10:15:00.000Z',
    photos: [true, true, false].map((downloadable) => ({
      id: mediaView().id,
      media: mediaView(),
      downloadable,
      children: [{ id: NOORTJE_ID, firstName: 'Noortje' }],
    })),
    hiddenPhotos: 1,
  };
}

export function diaryEntry(overrides: Partial<DiaryEntry> = {}): DiaryEntry {
  return {
    id: '9c1e2d3c-4b5a-4978-8a6b-5c4d3e2f1b01',
    childId: NOORTJE_ID,
    childName: 'Noortje',
    authorName: 'Ahmed Bakker',
    authorKind: 'staff',
    body: 'Noortje heeft goed geslapen.\nDaarna hebben we geverfd en buiten gespeeld.',
    writtenAt: '2026-11-26T14:00:00.000Z',
    media: [mediaView()],
    ...overrides,
  };
}

/** A file as a person chooses it. */
export function photoFile(name = 'zandbak.jpg', type = 'image/jpeg', size = 2048): File {
  return new File([new Uint8Array(size)], name, { type });
}
