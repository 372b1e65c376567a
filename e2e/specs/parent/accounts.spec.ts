import { expect, test } from '@playwright/test';
import { AccountSwitcher, parentNav } from '../../pages/shell.ts';
import { DEMO, SignInPage, signInAs } from '../../pages/sign-in.ts';

test('a parent who is also staff signs in to both, switches between them, and logs out of all', async ({
  page,
}) => {
  await signInAs(page, DEMO.parent);
  await expect(page).toHaveURL(/\/mijn-kind$/);

  // Add the staff account in the same browser.
  await parentNav(page, 'wide').getByRole('link', { name: 'Overig' }).click();
  await page
    .getByRole('link', { name: 'Account toevoegen' })
    .or(page.getByRole('button', { name: 'Account toevoegen' }))
    .first()
    .click();
  await expect(page).toHaveURL(/\/inloggen/);
  await new SignInPage(page).signIn(DEMO.staff);
  await expect(page).toHaveURL(/\/beheer/);
  await expect(page.getByTestId('staff-nav')).toBeVisible();

  // Both accounts are in the switcher; switch back to the parent.
  const switcher = new AccountSwitcher(page);
  await switcher.open();
  await expect(page.getByTestId('account-menu').getByText('Sanne de Vries')).toBeVisible();
  await expect(page.getByTestId('account-menu').getByText('Mila Jansen')).toBeVisible();
  await page.getByRole('menuitem', { name: /Sanne de Vries/ }).click();
  await expect(page).toHaveURL(/\/mijn-kind$/);
  await expect(parentNav(page, 'wide')).toBeVisible();

  // Overig lists both accounts and offers logging out of all of them.
  await parentNav(page, 'wide').getByRole('link', { name: 'Overig' }).click();
  await expect(page.getByTestId('account-list').getByText('Mila Jansen')).toBeVisible();
  await page.getByRole('button', { name: 'Uitloggen uit alle accounts' }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await page.goto('/mijn-kind');
  await expect(page).toHaveURL(/\/inloggen/);
  await page.goto('/beheer');
  await expect(page).toHaveURL(/\/inloggen/);
});

test('logging out of one account keeps the other signed in', async ({ page }) => {
  await signInAs(page, DEMO.parent);
  await page.goto('/inloggen');
  await new SignInPage(page).signIn(DEMO.planner);
  await expect(page).toHaveURL(/\/beheer/);
  await new AccountSwitcher(page).open();
  await page.getByRole('menuitem', { name: 'Uitloggen', exact: true }).click();
  await expect(page).toHaveURL(/\/mijn-kind$/);
  await parentNav(page, 'wide').getByRole('link', { name: 'Overig' }).click();
  await expect(page.getByRole('button', { name: 'Uitloggen uit alle accounts' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expect(page).toHaveURL(/\/inloggen/);
});
