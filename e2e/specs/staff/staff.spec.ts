import { expect, test } from '@playwright/test';
import { DEMO, signInAs } from '../../pages/sign-in.ts';

test('group staff land in the staff area with its own navigation', async ({ page }) => {
  await signInAs(page, DEMO.staff);
  await expect(page).toHaveURL(/\/beheer$/);
  const nav = page.getByTestId('staff-nav');
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Tijdlijn' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Organisatie' })).toHaveCount(0);
  await expect(page.getByTestId('side-nav')).toHaveCount(0);
  // A staff account is not a parent: the parent portal sends it back.
  await page.goto('/mijn-kind');
  await expect(page).toHaveURL(/\/beheer$/);
});

test('the organisation admin sees every section of the staff area', async ({ page }) => {
  await signInAs(page, DEMO.admin);
  const nav = page.getByTestId('staff-nav');
  for (const name of [
    'Overzicht',
    'Organisatie',
    'Gezinnen',
    'Aanvragen',
    'Tijdlijn',
    'Berichten',
    'Inhoud',
  ]) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Organisatie' }).click();
  await expect(page).toHaveURL(/\/beheer\/organisatie$/);
});

test('a parent opening the staff area is sent to Mijn kind', async ({ page }) => {
  await signInAs(page, DEMO.parent);
  await page.goto('/beheer');
  await expect(page).toHaveURL(/\/mijn-kind$/);
});
