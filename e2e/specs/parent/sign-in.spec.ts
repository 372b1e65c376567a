import { expect, test } from '@playwright/test';
import { PARENT_MENU, parentNav } from '../../pages/shell.ts';
import { DEMO, SignInPage, signInAs } from '../../pages/sign-in.ts';

test('a parent signs in and lands on Mijn kind with the parent menu in a side bar', async ({ page }) => {
  await signInAs(page, DEMO.parent);
  await expect(page).toHaveURL(/\/mijn-kind$/);
  const nav = parentNav(page, 'wide');
  await expect(nav).toBeVisible();
  for (const item of PARENT_MENU) await expect(nav.getByRole('link', { name: item })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Mijn kind' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Kinderopvang Het Nest Haarlem').first()).toBeVisible();

  await nav.getByRole('link', { name: 'Agenda' }).click();
  await expect(page).toHaveURL(/\/agenda$/);
  await expect(nav.getByRole('link', { name: 'Agenda' })).toHaveAttribute('aria-current', 'page');
});

test('a wrong password says so in Dutch and keeps the parent on the sign-in page', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.parent, 'verkeerd-wachtwoord');
  await expect(page.getByRole('alert')).toHaveText(/Het e-mailadres of het wachtwoord klopt niet\./);
  await expect(page).toHaveURL(/\/inloggen/);
});

test('the parent portal speaks English when chosen, and remembers it', async ({ page }) => {
  await signInAs(page, DEMO.parent);
  await parentNav(page, 'wide').getByRole('link', { name: 'Overig' }).click();
  try {
    await page.getByRole('radio', { name: 'English' }).click();
    await expect(parentNav(page, 'wide').getByRole('link', { name: 'More' })).toBeVisible();
    await expect(parentNav(page, 'wide').getByRole('link', { name: 'My child' })).toBeVisible();
    await page.reload();
    await expect(parentNav(page, 'wide').getByRole('link', { name: 'More' })).toBeVisible();
    await page.getByRole('radio', { name: 'Nederlands' }).click();
    await expect(parentNav(page, 'wide').getByRole('link', { name: 'Overig' })).toBeVisible();
  } finally {
    // The language is kept on the account: leave the demo parent in Dutch for the other tests.
    await page.request.put('/api/v1/me/preferences', {
      data: { locale: 'nl' },
      headers: { 'x-nestje-csrf': '1' },
    });
  }
});
