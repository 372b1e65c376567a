import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeXhr, mediaView, photoFile } from './test-support.ts';
import { UploadList } from './UploadList.tsx';
import { precheck, useUploads } from './use-uploads.ts';

function Harness() {
  const uploads = useUploads();
  return (
    <MantineProvider>
      <UploadList uploads={uploads} />
      <output data-testid="media-ids">{uploads.mediaIds.join(',')}</output>
      <output data-testid="busy">{String(uploads.busy)}</output>
    </MantineProvider>
  );
}

function choose(...files: File[]) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  expect(input.multiple).toBe(true);
  expect(input.accept).toContain('image/jpeg');
  fireEvent.change(input, { target: { files } });
}

describe('UploadList', () => {
  it('uploads each chosen file with its own progress bar and keeps the uploaded ones in order', async () => {
    const xhrs = fakeXhr();
    render(<Harness />);
    expect(screen.getByRole('button', { name: 'Foto’s kiezen' })).toBeTruthy();
    choose(photoFile('een.jpg'), photoFile('twee.png', 'image/png'));
    expect(xhrs).toHaveLength(2);
    const first = screen.getByRole('progressbar', { name: 'Voortgang van een.jpg' });
    act(() => xhrs[0]?.progress(1024, 2048));
    expect(first.getAttribute('aria-valuenow')).toBe('50');
    expect(screen.getByTestId('busy').textContent).toBe('true');
    const one = mediaView();
    const two = mediaView();
    await act(async () => xhrs[1]?.respond(201, two));
    await act(async () => xhrs[0]?.respond(201, one));
    expect(screen.getByTestId('media-ids').textContent).toBe(`${one.id},${two.id}`);
    expect(screen.getByTestId('busy').textContent).toBe('false');
    expect(screen.getAllByText('Klaar')).toHaveLength(2);
  });

  it('shows a refused file’s translated reason, tries it again, or removes it', async () => {
    const xhrs = fakeXhr();
    render(<Harness />);
    choose(photoFile('iphone.heic', 'image/heic'));
    await act(async () =>
      xhrs[0]?.respond(400, {
        error: {
          code: 'validation_failed',
          message: 'x',
          fields: [{ path: 'file', code: 'heic_unsupported', message: 'x' }],
        },
      }),
    );
    const row = screen.getByTestId('upload-item');
    expect(within(row).getByRole('alert').textContent).toContain('Deze HEIC-foto kunnen we niet lezen');
    fireEvent.click(within(row).getByRole('button', { name: 'iphone.heic opnieuw proberen' }));
    expect(xhrs).toHaveLength(2);
    const media = mediaView();
    await act(async () => xhrs[1]?.respond(200, media));
    expect(screen.getByTestId('media-ids').textContent).toBe(media.id);
    fireEvent.click(screen.getByRole('button', { name: 'iphone.heic weghalen' }));
    expect(screen.queryByTestId('upload-item')).toBeNull();
    expect(screen.getByTestId('media-ids').textContent).toBe('');
  });

  it('refuses a too large file and a video without the feature before sending anything', () => {
    const xhrs = fakeXhr();
    render(<Harness />);
    choose(photoFile('groot.jpg', 'image/jpeg', 31 * 1024 * 1024));
    expect(xhrs).toHaveLength(0);
    expect(screen.getByRole('alert').textContent).toContain('Dit bestand is te groot');
    expect(precheck({ type: 'video/mp4', size: 10 }, false)).toBe('video_not_enabled');
    expect(precheck({ type: 'video/mp4', size: 10 }, true)).toBeNull();
  });

  it('aborts an upload that is removed while on its way', () => {
    const xhrs = fakeXhr();
    render(<Harness />);
    choose(photoFile('weg.jpg'));
    fireEvent.click(screen.getByRole('button', { name: 'weg.jpg weghalen' }));
    expect(xhrs[0]?.aborted).toBe(true);
    expect(screen.queryByTestId('upload-item')).toBeNull();
  });
});
