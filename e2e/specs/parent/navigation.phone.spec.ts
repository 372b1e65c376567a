import { expect, test } from '@playwright/test';
import { PARENT_MENU, parentNav } from '../../pages/shell.ts';
import { DEMO, signInAs } from '../../pages/sign-in.ts';

test('on a phone the parent menu is a bottom bar', async ({ page }) => {
  await signInAs(page, DEMO.parent);
  await expect(page).toHaveURL(/\/mijn-kind$/);
  const nav = parentNav(page, 'phone');
  await expect(nav).toBeVisible();
  await expect(page.getByTestId('side-nav')).toHaveCount(0);
  const box = await nav.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.y + box.height).toBeGreaterThan((viewport?.height ?? 0) - 2);
  for (const item of PARENT_MENU) await expect(nav.getByRole('link', { name: item })).toBeVisible();
  await nav.getByRole('link', { name: 'Overig' }).click();
  await expect(page).toHaveURL(/\/overig$/);
  await expect(page.getByRole('button', { name: 'Uitloggen', exact: true })).toBeVisible();
});
