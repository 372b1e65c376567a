import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { metadataOf, photoWithGps, threePhotos } from '../../fixtures/images.ts';
import { DEMO, signInAs } from '../../pages/sign-in.ts';
import { MyChildTimeline, StaffTimeline, uploadFiles } from '../../pages/timeline.ts';

/** Group staff post a series of three photos of Noortje to her group (this spec's own post). */
async function staffPostSeries(page: Page, text: string): Promise<void> {
  await signInAs(page, DEMO.staff);
  const timeline = new StaffTimeline(page);
  await timeline.open();
  await timeline.chooseGroup('Hamsters verticaal');
  await timeline.startPost();
  await page.getByRole('textbox', { name: 'Tekst' }).fill(text);
  const photos = await threePhotos();
  // The photos as taken carry EXIF with GPS: what the parent downloads must not.
  expect(await metadataOf(photos[0]?.buffer ?? Buffer.alloc(0))).toMatchObject({ exif: true, gps: true });
  await uploadFiles(page, photos);
  for (const n of [1, 2, 3]) await timeline.tag('Noortje de Vries', n).check();
  await expect(timeline.postButton).toBeEnabled();
  await timeline.postButton.click();
  await expect(timeline.feed.getByRole('article').filter({ hasText: text })).toBeVisible();
}

test.describe('Mijn kind (P3–P5): the timeline of the family’s children', () => {
  test('the parent sees a series full screen and downloads a photo without EXIF', async ({
    browser,
    page,
  }) => {
    test.slow(); // two accounts: staff post the series first
    const text = `Buiten spelen ${Date.now()}`;
    const staff = await browser.newPage();
    await staffPostSeries(staff, text);
    await staff.close();

    await signInAs(page, DEMO.parent);
    const myChild = new MyChildTimeline(page);
    await myChild.open();
    const actions = page.getByRole('group', { name: 'Acties' });
    for (const name of ['Dagboek schrijven', 'Bericht schrijven', 'Afwezig melden'])
      await expect(actions.getByRole('link', { name })).toBeVisible();

    const post = myChild.item(text);
    await expect(post.getByRole('img', { name: 'Foto 3 van 3' })).toHaveAttribute('loading', 'lazy');
    await post.getByRole('button', { name: 'Foto 1 van 3' }).click();
    const viewer = myChild.viewer;
    await expect(viewer.getByRole('img', { name: 'Foto 1 van 3' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(viewer.getByRole('img', { name: 'Foto 2 van 3' })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(viewer.getByRole('img', { name: 'Foto 1 van 3' })).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      viewer.getByRole('link', { name: 'Downloaden' }).click(),
    ]);
    const bytes = await readFile(await download.path());
    const metadata = await metadataOf(bytes);
    expect(metadata).toMatchObject({ exif: false, gps: false, width: 1200 });

    await page.keyboard.press('Escape');
    await expect(viewer).toHaveCount(0);

    // On a small phone (375 px) nothing sticks out sideways: the series scrolls inside its post.
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(post.getByRole('button', { name: 'Foto 1 van 3' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('the parent writes a diary entry with a photo and opens it from Mijn kind', async ({ page }) => {
    const text = `Noortje heeft thuis een toren gebouwd ${Date.now()}`;
    await signInAs(page, DEMO.parent);
    const myChild = new MyChildTimeline(page);
    await myChild.open();
    await myChild.writeDiary('Noortje', text, [await photoWithGps('toren.jpg', { r: 200, g: 60, b: 160 })]);

    await expect(page.getByRole('heading', { name: 'Dagboek van Noortje', level: 1 })).toBeVisible();
    await expect(page.getByText(text)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Foto 1 van 1' })).toBeVisible();

    await page.getByRole('link', { name: '← Terug naar Mijn kind' }).click();
    const entry = myChild.item(text);
    await expect(entry.getByRole('heading', { name: 'Dagboek van Noortje' })).toBeVisible();
    await expect(entry.getByRole('img', { name: 'Foto 1 van 1' })).toBeVisible();
    await entry.getByRole('link', { name: /Hele verslag over Noortje lezen/ }).click();
    await expect(page.getByRole('heading', { name: 'Dagboek van Noortje', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Foto’s toevoegen' })).toBeVisible();
  });
});
