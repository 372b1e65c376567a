import { Button, Group, Modal, Text } from '@mantine/core';
import type { MediaView } from '@nestje/contract';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './media.module.css';
import { srcSetOf, useItemName } from './media-text.ts';

/** A photo or video of a series, and whether its full-size image may be downloaded. */
export interface ViewerItem {
  media: MediaView;
  downloadable: boolean;
}

/** How far a finger must move sideways to count as a swipe. */
const SWIPE_PIXELS = 40;

interface PhotoViewerProps {
  items: readonly ViewerItem[];
  /** The item shown, or null when the viewer is closed. */
  index: number | null;
  onIndex: (index: number) => void;
  onClose: () => void;
}

/**
 * A photo full screen (P4): swipe or ← → to the previous and next one, Escape or Sluiten to close, focus kept
 * inside while open. Under a downloadable photo a "Downloaden" button saves the full-size image (without
 * metadata); a video plays with the browser's controls.
 */
export function PhotoViewer({ items, index, onIndex, onClose }: PhotoViewerProps) {
  const { t } = useTranslation();
  const nameOf = useItemName();
  const touchStart = useRef<number | null>(null);
  const opened = index !== null && items[index] !== undefined;
  const current = index === null ? undefined : items[index];
  const hasPrevious = index !== null && index > 0;
  const hasNext = index !== null && index < items.length - 1;

  useEffect(() => {
    if (!opened || index === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowLeft' && index > 0) onIndex(index - 1);
      else if (event.key === 'ArrowRight' && index < items.length - 1) onIndex(index + 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [opened, index, items.length, onIndex]);

  const name = current && index !== null ? nameOf(current.media, index, items.length) : '';
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      fullScreen
      title={name}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      transitionProps={{ duration: 0 }}
    >
      {current && index !== null && (
        <div
          className={classes.stage}
          data-testid="photo-viewer"
          onTouchStart={(event) => {
            touchStart.current = event.touches[0]?.clientX ?? null;
          }}
          onTouchEnd={(event) => {
            const start = touchStart.current;
            const end = event.changedTouches[0]?.clientX;
            touchStart.current = null;
            if (start === null || end === undefined) return;
            if (end - start > SWIPE_PIXELS && hasPrevious) onIndex(index - 1);
            else if (start - end > SWIPE_PIXELS && hasNext) onIndex(index + 1);
          }}
        >
          {current.media.kind === 'video' ? (
            // biome-ignore lint/a11y/useMediaCaption: the families' own videos come without captions
            <video
              key={current.media.id}
              controls
              preload="metadata"
              src={current.media.videoUrl ?? undefined}
              poster={current.media.screenUrl ?? undefined}
              aria-label={name}
            />
          ) : (
            <img
              key={current.media.id}
              src={current.media.screenUrl ?? current.media.smallUrl ?? undefined}
              srcSet={srcSetOf(current.media)}
              sizes="100vw"
              alt={name}
            />
          )}
          {current.downloadable && current.media.downloadUrl && (
            <Button component="a" href={current.media.downloadUrl} download variant="light">
              {t('timeline.viewer.download')}
            </Button>
          )}
          <Group justify="space-between" w="100%" wrap="nowrap">
            <Button variant="default" disabled={!hasPrevious} onClick={() => onIndex(index - 1)}>
              {t('timeline.viewer.previous')}
            </Button>
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('timeline.viewer.position', { n: index + 1, total: items.length })}
            </Text>
            <Button variant="default" disabled={!hasNext} onClick={() => onIndex(index + 1)}>
              {t('timeline.viewer.next')}
            </Button>
          </Group>
        </div>
      )}
    </Modal>
  );
}
