import { expect, test } from '@playwright/test';
import { threePhotos } from '../../fixtures/images.ts';
import { DEMO, signInAs } from '../../pages/sign-in.ts';
import { StaffTimeline, uploadFiles } from '../../pages/timeline.ts';

// The demo consents: Yara El Amrani's mother lets photos of Yara be seen by her own family only.
const NOORTJE = 'Noortje de Vries';
const YARA = 'Yara El Amrani';

test.describe('Beheer → Tijdlijn (S4, B1): staff post photos and tag the children in them', () => {
  test('three photos tagging children of two families, one without consent: the refusal shows at once', async ({
    page,
  }) => {
    const text = `Spelen in de zandbak ${Date.now()}`;
    await signInAs(page, DEMO.staff);
    const timeline = new StaffTimeline(page);
    await timeline.open();
    await timeline.chooseGroup('Hamsters verticaal');
    await timeline.startPost();
    await page.getByRole('textbox', { name: 'Tekst' }).fill(text);
    await uploadFiles(page, await threePhotos());
    await expect(page.getByTestId('photo-tagger')).toHaveCount(3);

    // Consent state next to each child; Yara may not be seen by other families.
    await expect(timeline.tag(YARA, 1)).toBeVisible();
    await timeline.tag(NOORTJE, 1).check();
    await timeline.tag(YARA, 1).check();
    await expect(timeline.refusals(1)).toHaveText(
      'Yara kan niet op deze foto: geen toestemming om gezien te worden door andere gezinnen.',
    );
    await expect(timeline.postButton).toBeDisabled();
    await expect(page.getByText('Haal eerst de geweigerde kinderen van de foto’s.')).toBeVisible();

    // Yara alone in a photo is fine: only her own family sees that one.
    await timeline.tag(YARA, 1).uncheck();
    await expect(timeline.refusals(1)).toHaveCount(0);
    await timeline.tag(YARA, 2).check();
    await timeline.tag(NOORTJE, 3).check();
    await expect(timeline.postButton).toBeEnabled();
    await timeline.postButton.click();

    await expect(page.getByRole('heading', { name: 'Tijdlijn', level: 1 })).toBeVisible();
    const post = timeline.feed.getByRole('article').filter({ hasText: text });
    await expect(post).toBeVisible();
    // Staff see the whole series.
    await expect(post.getByRole('button', { name: /^Foto \d van 3$/ })).toHaveCount(3);
  });
});
