import { type RefObject, useEffect } from 'react';

/**
 * Calls `onVisible` when the element scrolls into view (or nearly), to load the next page of an endless list.
 * Browsers without IntersectionObserver (and tests) rely on the visible "Meer laden" button instead.
 */
export function useSentinel(
  ref: RefObject<HTMLElement | null>,
  onVisible: () => void,
  enabled: boolean,
): void {
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onVisible();
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, onVisible, enabled]);
}
