import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { MessagesPage } from '../pages/messages.ts';
import { DEMO, signInAs } from '../pages/sign-in.ts';

/** A minimal valid PDF (one empty page), with a marker so each run's file is its own. */
function minimalPdf(marker: string): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      `% ${marker}`,
      '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj',
      '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj',
      '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj',
      'trailer <</Root 1 0 R>>',
      '%%EOF',
      '',
    ].join('\n'),
    'latin1',
  );
}

test.describe('Berichten: a PDF attached to a message', () => {
  test('a parent sends a PDF; staff see it with a paperclip and download the same bytes', async ({
    browser,
    page,
  }) => {
    test.slow(); // two accounts
    const subject = `Machtiging ${Date.now()}`;
    const pdf = minimalPdf(subject);

    await signInAs(page, DEMO.parent);
    const parent = new MessagesPage(page);
    await parent.openAsParent();
    await parent.write('Ties de Vries', 'Floris', subject, 'Hierbij de machtiging voor het uitje.', [
      { name: 'Machtiging uitje.pdf', mimeType: 'application/pdf', buffer: pdf },
    ]);
    await expect(parent.messages).toHaveCount(1);
    await expect(parent.documents(parent.messages.first())).toHaveText([/^Machtiging uitje\.pdf\s*\d+ B$/]);

    const staffPage = await browser.newPage();
    await signInAs(staffPage, DEMO.staff);
    const staff = new MessagesPage(staffPage);
    await staff.openAsStaff('Floris');
    await staff.thread(subject).click();
    await expect(staffPage.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
    const row = staff.documents(staff.messages.first());
    await expect(row).toHaveCount(1);
    await expect(row.locator('svg[data-icon="paperclip"]')).toHaveCount(1);
    await expect(row).toContainText(`${pdf.length} B`);

    const downloading = staffPage.waitForEvent('download');
    await row.getByRole('link', { name: /^Machtiging uitje\.pdf downloaden/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Machtiging uitje.pdf');
    const bytes = await readFile(await download.path());
    expect(bytes.equals(pdf)).toBe(true);
    await staffPage.close();
  });
});
