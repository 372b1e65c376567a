import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PhotoSeries } from './PhotoSeries.tsx';
import { mediaView } from './test-support.ts';

/** A finger moving sideways over the element, from one x to another. */
function swipe(element: HTMLElement, from: number, to: number) {
  const at = (x: number) => [{ clientX: x, clientY: 200 }];
  fireEvent.touchStart(element, { touches: at(from), changedTouches: at(from) });
  fireEvent.touchEnd(element, { touches: at(to), changedTouches: at(to) });
}

function renderSeries() {
  const items = [
    { media: mediaView(), downloadable: true },
    { media: mediaView(), downloadable: true },
    { media: mediaView(), downloadable: false },
  ];
  render(
    <MantineProvider>
      <PhotoSeries items={items} label="Foto’s van Hamsters" />
    </MantineProvider>,
  );
  return items;
}

describe('PhotoSeries and PhotoViewer', () => {
  it('shows the series as lazy small thumbnails named "Foto n van 3" in a list', () => {
    const items = renderSeries();
    const list = screen.getByRole('list', { name: 'Foto’s van Hamsters' });
    const thumbnails = within(list).getAllByRole('img');
    expect(thumbnails.map((img) => img.getAttribute('alt'))).toEqual([
      'Foto 1 van 3',
      'Foto 2 van 3',
      'Foto 3 van 3',
    ]);
    expect(thumbnails[0]?.getAttribute('loading')).toBe('lazy');
    expect(thumbnails[0]?.getAttribute('src')).toBe(items[0]?.media.smallUrl);
    expect(thumbnails[0]?.getAttribute('srcset')).toContain('1600w');
  });

  it('opens a photo full screen, goes on with the arrow keys and swipes, offers Downloaden, closes on Escape', async () => {
    const items = renderSeries();
    fireEvent.click(screen.getByRole('button', { name: 'Foto 2 van 3' }));
    const dialog = await screen.findByRole('dialog', { name: 'Foto 2 van 3' });
    const shown = () => within(dialog).getByRole('img');
    expect(shown().getAttribute('alt')).toBe('Foto 2 van 3');
    expect(shown().getAttribute('src')).toBe(items[1]?.media.screenUrl);
    const download = within(dialog).getByRole('link', { name: 'Downloaden' });
    expect(download.getAttribute('href')).toBe(items[1]?.media.downloadUrl);
    expect(download.hasAttribute('download')).toBe(true);

    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(shown().getAttribute('alt')).toBe('Foto 3 van 3');
    // The third photo may not be downloaded: no button under it; there is no next one.
    expect(within(dialog).queryByRole('link', { name: 'Downloaden' })).toBeNull();
    expect((within(dialog).getByRole('button', { name: 'Volgende' }) as HTMLButtonElement).disabled).toBe(
      true,
    );

    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(shown().getAttribute('alt')).toBe('Foto 2 van 3');
    const stage = within(dialog).getByTestId('photo-viewer');
    swipe(stage, 300, 100);
    expect(shown().getAttribute('alt')).toBe('Foto 3 van 3');
    swipe(stage, 100, 400);
    expect(shown().getAttribute('alt')).toBe('Foto 2 van 3');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Vorige' }));
    expect(shown().getAttribute('alt')).toBe('Foto 1 van 3');

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('plays a video with the browser’s controls', async () => {
    const video = mediaView({
      kind: 'video',
      videoUrl: '/api/v1/media/x/video?exp=1&sig=abc',
      downloadUrl: null,
    });
    render(
      <MantineProvider>
        <PhotoSeries items={[{ media: video, downloadable: false }]} label="Video’s" />
      </MantineProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Video 1 van 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Video 1 van 1' });
    const player = dialog.querySelector('video');
    expect(player?.hasAttribute('controls')).toBe(true);
    expect(player?.getAttribute('src')).toBe(video.videoUrl);
  });
});
