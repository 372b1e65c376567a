import { ReadableStream, TransformStream, WritableStream } from 'node:stream/web';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n, initI18n } from '../i18n/index.ts';
import { stubMatchMedia, wide } from './media.ts';

initI18n('nl');

// Each test file runs in its own VM context with jsdom as its global (the `vmThreads` pool): the web streams Node
// has are not in that context, and the code under test reads response bodies as streams.
Object.assign(globalThis, {
  ReadableStream: globalThis.ReadableStream ?? ReadableStream,
  TransformStream: globalThis.TransformStream ?? TransformStream,
  WritableStream: globalThis.WritableStream ?? WritableStream,
});

// Tests render the whole app, whose pages load lazily: the first page of a file can take over a second on a busy
// machine. `findBy…` waits up to this long for what it looks for (it still fails when it never appears).
configure({ asyncUtilTimeout: 4000 });

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}

beforeEach(async () => {
  stubMatchMedia(wide);
  vi.stubGlobal('ResizeObserver', ResizeObserverStub);
  window.scrollTo = () => {};
  window.localStorage.clear();
  window.sessionStorage.clear();
  await i18n.changeLanguage('nl');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
