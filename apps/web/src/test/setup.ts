import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n, initI18n } from '../i18n/index.ts';
import { stubMatchMedia, wide } from './media.ts';

initI18n('nl');

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
