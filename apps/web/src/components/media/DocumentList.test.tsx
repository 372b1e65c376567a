import { MantineProvider } from '@mantine/core';
import { DOCUMENT_MAX_BYTES } from '@nestje/contract';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DocumentList, formatFileSize } from './DocumentList.tsx';
import { documentView, fakeXhr, photoFile } from './test-support.ts';
import { UploadList } from './UploadList.tsx';
import { useUploads } from './use-uploads.ts';

describe('DocumentList', () => {
  it('shows each PDF with a paperclip, its name and size, linking to its download', () => {
    const menu = documentView('Menu maart.pdf', 1_234_567);
    const form = documentView('Machtiging.pdf', 48_200);
    render(
      <MantineProvider>
        <DocumentList documents={[menu, form]} label="Bijlagen" />
      </MantineProvider>,
    );
    const list = screen.getByRole('list', { name: 'Bijlagen' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual(['Menu maart.pdf1,2 MB', 'Machtiging.pdf48 kB']);
    expect(rows.every((row) => row.querySelector('svg[data-icon="paperclip"]'))).toBe(true);
    const link = within(list).getByRole('link', { name: 'Menu maart.pdf downloaden (1,2 MB)' });
    expect(link.getAttribute('href')).toBe(menu.downloadUrl);
    expect(link.getAttribute('download')).toBe('Menu maart.pdf');
  });

  it('shows nothing without documents', () => {
    const { container } = render(
      <MantineProvider>
        <DocumentList documents={[]} label="Bijlagen" />
      </MantineProvider>,
    );
    expect(container.querySelector('ul')).toBeNull();
  });

  it('writes sizes as people read them', () => {
    expect(formatFileSize(512, 'nl')).toBe('512 B');
    expect(formatFileSize(1_499, 'nl')).toBe('1 kB');
    expect(formatFileSize(20 * 1024 * 1024, 'nl')).toBe('21 MB');
    expect(formatFileSize(2_450_000, 'en')).toBe('2.5 MB');
  });
});

function Harness({ documents }: { documents: boolean }) {
  const uploads = useUploads({ documents });
  return (
    <MantineProvider>
      <UploadList uploads={uploads} documents={documents} />
    </MantineProvider>
  );
}

function choose(...files: File[]) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files } });
  return input;
}

describe('UploadList with documents', () => {
  it('offers PDFs next to photos, sends the PDF’s name and shows it with a paperclip', async () => {
    const xhrs = fakeXhr();
    render(<Harness documents />);
    expect(screen.getByRole('button', { name: 'Foto’s of pdf’s kiezen' })).toBeTruthy();
    const input = choose(photoFile('Oudergesprek.pdf', 'application/pdf'), photoFile('zand.jpg'));
    expect(input.accept.split(',')).toEqual(
      expect.arrayContaining(['image/jpeg', 'application/pdf', '.pdf']),
    );
    expect(xhrs.map((xhr) => xhr.url)).toEqual(['/api/v1/media?name=Oudergesprek.pdf', '/api/v1/media']);
    const rows = screen.getAllByTestId('upload-item');
    expect(rows[0]?.querySelector('svg[data-icon="paperclip"]')).toBeTruthy();
    expect(rows[1]?.querySelector('svg[data-icon="paperclip"]')).toBeNull();
    act(() => xhrs[0]?.progress(1024, 2048));
    expect(
      screen
        .getByRole('progressbar', { name: 'Voortgang van Oudergesprek.pdf' })
        .getAttribute('aria-valuenow'),
    ).toBe('50');
  });

  it('refuses a PDF over 20 MB before sending it, and a PDF where documents are not taken', () => {
    const xhrs = fakeXhr();
    const { unmount } = render(<Harness documents />);
    choose(photoFile('groot.pdf', 'application/pdf', DOCUMENT_MAX_BYTES + 1));
    expect(xhrs).toHaveLength(0);
    expect(screen.getByRole('alert').textContent).toMatch(/pdf’s tot 20 MB/);
    unmount();
    render(<Harness documents={false} />);
    expect(screen.getByRole('button', { name: 'Foto’s kiezen' })).toBeTruthy();
    choose(photoFile('menu.pdf', 'application/pdf'));
    expect(xhrs).toHaveLength(0);
    expect(screen.getByRole('alert').textContent).toBe('Een pdf kan hier niet bij; kies een foto.');
  });
});
