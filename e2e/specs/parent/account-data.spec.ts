import { expect, test } from '@playwright/test';
import { DEMO, signInAs } from '../../pages/sign-in.ts';

test.describe('Account & Kinderen (P17): the parent’s own data', () => {
  test('Sanne changes her phone number at once; a new name waits for approval', async ({ page }) => {
    await signInAs(page, DEMO.parent);
    await page.goto('/overig');
    await page
      .getByRole('region', { name: 'Account & Kinderen' })
      .getByRole('link', { name: 'Sanne de Vries' })
      .click();
    await expect(page).toHaveURL(/\/overig\/account$/);
    await expect(page.getByRole('heading', { name: 'Mijn gegevens', level: 1 })).toBeVisible();
    await expect(page.getByText('Je e-mailadres is ook je inlognaam')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Wachtwoord wijzigen' })).toBeVisible();

    const phone = `06 ${Date.now().toString().slice(-8)}`;
    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    await page.getByLabel('Telefoonnummer').fill(phone);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Je gegevens' })).toHaveText(
      'Je gegevens zijn bewaard.',
    );
    await expect(page.getByText(phone, { exact: true })).toBeVisible();

    await page.reload();
    await expect(page.getByText(phone, { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    await page.getByLabel('Achternaam').fill('de Vries-Jansen');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Bewaard.' })).toContainText(
      'wacht op goedkeuring',
    );
    const pending = page.getByTestId('own-pending');
    await expect(pending).toContainText('Wacht op goedkeuring');
    await expect(pending).toContainText('Aangevraagd: Sanne de Vries-Jansen');
    // Until the organisation approves, the name stays as it was.
    await expect(page.getByText('Sanne de Vries', { exact: true }).first()).toBeVisible();
  });
});
