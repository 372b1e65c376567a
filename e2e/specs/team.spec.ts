import { expect, test } from '@playwright/test';
import { DEMO, signInAs } from '../pages/sign-in.ts';

test.describe('Mijn locatie (P16): contact details and Ons team, with the staff’s own profiles (S6)', () => {
  test('Mila edits her about text in Mijn profiel; the demo parent sees it under Ons team → Mila', async ({
    browser,
    page,
  }) => {
    test.slow(); // two accounts
    const about = `Hoi! Ik ben Mila. Deze week bouwen we een hut van dozen (${Date.now()}).`;

    await signInAs(page, DEMO.staff);
    await page.getByTestId('staff-nav').getByRole('link', { name: 'Mijn profiel' }).click();
    await expect(page.getByRole('heading', { name: 'Mijn profiel', level: 1 })).toBeVisible();
    // The demo portrait is there already.
    await expect(page.getByText('Je huidige foto')).toBeVisible();
    const text = page.getByRole('textbox', { name: 'Over mij' });
    await expect(text).toHaveValue(/^Hoi! Ik ben Mila/);
    await text.fill(about);
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await expect(page.getByText('Je profiel is bewaard.')).toBeVisible();

    const parentContext = await browser.newContext();
    const parent = await parentContext.newPage();
    await signInAs(parent, DEMO.parent);
    await parent.getByRole('link', { name: 'Mijn locatie' }).first().click();
    await expect(parent.getByRole('heading', { name: 'Mijn locatie', level: 1 })).toBeVisible();

    // Contactgegevens: the location of Noortje and Ties, with their groups.
    const contacts = parent.getByTestId('location-contacts');
    await expect(contacts.getByRole('heading', { name: 'Haarlem' })).toBeVisible();
    await expect(contacts).toContainText('Hamsters verticaal');

    // Ons team: photos with names; Mila's opens her page with the new text and her portrait.
    const team = parent.getByRole('list', { name: 'Medewerkers van Ons team' });
    await expect(team.getByTestId('team-member')).not.toHaveCount(0);
    await team.getByRole('link', { name: /^M?Mila/ }).click();
    await expect(parent.getByRole('heading', { name: 'Mila', level: 1 })).toBeVisible();
    await expect(parent.getByTestId('team-member-about')).toHaveText(about);
    const portrait = parent.getByRole('img', { name: 'Foto van Mila' });
    await expect(portrait).toBeVisible();
    await expect
      .poll(() => portrait.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    await parentContext.close();
  });
});
