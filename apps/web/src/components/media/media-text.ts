import type { MediaView } from '@nestje/contract';
import { useTranslation } from 'react-i18next';

/** The `srcset` of an image's variants, so the browser picks the smallest that is sharp enough. */
export function srcSetOf(media: MediaView): string | undefined {
  const parts: string[] = [];
  if (media.smallUrl) parts.push(`${media.smallUrl} 480w`);
  if (media.screenUrl) parts.push(`${media.screenUrl} 1600w`);
  return parts.length > 1 ? parts.join(', ') : undefined;
}

/** The name of the n-th photo (or video) of a series: "Foto 2 van 3". */
export function useItemName() {
  const { t } = useTranslation();
  return (media: MediaView, index: number, total: number) =>
    media.kind === 'video'
      ? t('timeline.media.videoName', { n: index + 1, total })
      : t('timeline.media.photoName', { n: index + 1, total });
}

/**
 * How long until a page's signed media URLs should be fetched anew: a minute before the first of them expires
 * (at least 10 seconds), or false when it holds no media. Media URLs are never kept beyond their answer.
 */
export function refetchBeforeExpiry(media: readonly MediaView[], now = Date.now()): number | false {
  if (media.length === 0) return false;
  const first = Math.min(...media.map((item) => Date.parse(item.urlsExpireAt)));
  return Math.max(10_000, first - now - 60_000);
}
