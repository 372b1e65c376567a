import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n, initI18n } from '../i18n/index.ts';
import { stubMatchMedia, wide } from './media.ts';

initI18n('nl');

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
