import { vi } from 'vitest';

/** jsdom has no matchMedia; Mantine needs it. `matches` decides per query, e.g. to emulate a phone. */
export function stubMatchMedia(matches: (query: string) => boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: matches(query),
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }));
}

/** A phone: every max-width query up to 48em matches. */
export const phone = (query: string) => /max-width:\s*48em/.test(query);
/** A wide screen: no max-width query matches. */
export const wide = (_query: string) => false;
