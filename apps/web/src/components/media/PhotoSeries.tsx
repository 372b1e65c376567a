import { VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import classes from './media.module.css';
import { srcSetOf, useItemName } from './media-text.ts';
import { PhotoViewer, type ViewerItem } from './PhotoViewer.tsx';

/**
 * A post's or diary entry's photos as a series that scrolls sideways (snapping to each photo); a click opens the
 * photo full screen, where the series goes on with swipe and arrow keys.
 */
export function PhotoSeries({ items, label }: { items: readonly ViewerItem[]; label: string }) {
  const nameOf = useItemName();
  const [open, setOpen] = useState<number | null>(null);
  if (items.length === 0) return null;
  return (
    <>
      <ul className={classes.series} aria-label={label}>
        {items.map(({ media }, index) => (
          <li key={media.id} className={items.length === 1 ? classes.single : classes.slide}>
            <button type="button" className={classes.thumb} onClick={() => setOpen(index)}>
              {media.kind === 'video' ? (
                <>
                  {media.smallUrl && <img src={media.smallUrl} alt="" loading="lazy" />}
                  <span className={classes.play} aria-hidden="true">
                    ▶
                  </span>
                  <VisuallyHidden>{nameOf(media, index, items.length)}</VisuallyHidden>
                </>
              ) : (
                <img
                  src={media.smallUrl ?? media.screenUrl ?? undefined}
                  srcSet={srcSetOf(media)}
                  sizes="(max-width: 48em) 78vw, 320px"
                  alt={nameOf(media, index, items.length)}
                  loading="lazy"
                  decoding="async"
                  width={media.width ?? undefined}
                  height={media.height ?? undefined}
                />
              )}
            </button>
          </li>
        ))}
      </ul>
      <PhotoViewer items={items} index={open} onIndex={setOpen} onClose={() => setOpen(null)} />
    </>
  );
}
