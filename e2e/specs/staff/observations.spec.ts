import { expect, test } from '@playwright/test';
import { FamiliesPage } from '../../pages/families.ts';
import { DEMO, signInAs } from '../../pages/sign-in.ts';

// A unique note per run: the e2e database is shared by the specs of one run, and the spec may run again.
const note = `Deelt vandaag haar fruit met iedereen (${Date.now().toString(36)}).`;

test('Mila fills in an observation for Noortje and shares it; Sanne reads it under Overig → Observaties', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, DEMO.staff);
  const families = new FamiliesPage(page);
  await families.open();
  await (await families.search('Noortje')).getByRole('link', { name: 'Noortje de Vries' }).click();

  const section = page.getByTestId('child-observations');
  await expect(section.getByRole('heading', { name: 'Observaties' })).toBeVisible();
  // The demo's draft is in the child file, for staff only.
  await expect(section.getByTestId('staff-observation').filter({ hasText: 'Concept' })).not.toHaveCount(0);
  await section.getByRole('button', { name: 'Nieuwe observatie' }).click();
  const editor = section.getByTestId('observation-editor');
  await editor
    .getByRole('radiogroup', { name: /Stemming/ })
    .getByRole('radio', { name: '5' })
    .check();
  await editor
    .getByRole('radiogroup', { name: /Speelt met andere kinderen/ })
    .getByRole('radio', { name: 'Ja' })
    .check();
  await editor.getByLabel('Wat ons opviel').fill(note);
  await editor.getByRole('button', { name: 'Definitief maken' }).click();
  await expect(editor).toBeHidden();

  // Newest first: today's observation heads the list, final and not shared yet.
  const mine = section.getByTestId('staff-observation').first();
  await expect(mine).toContainText('Definitief');
  await expect(mine).toContainText('Niet gedeeld');
  await mine.getByText('Welbevinden').click();
  await expect(mine.getByTestId('observation-answers')).toContainText(note);
  // The switch follows the server: it turns on once the sharing is recorded.
  const share = mine.getByRole('switch', { name: /Delen met de ouders/ });
  await share.click();
  await expect(share).toBeChecked();
  await expect(mine.getByText(/Gedeeld door Mila/)).toBeVisible();
  await expect(mine).toContainText('Gedeeld met ouders');

  const parentContext = await browser.newContext();
  const parent = await parentContext.newPage();
  await signInAs(parent, DEMO.parent);
  await parent.goto('/overig');
  await parent.getByRole('link', { name: 'Observaties' }).click();
  await expect(parent.getByRole('heading', { name: 'Observaties', level: 1 })).toBeVisible();
  const noortje = parent.getByTestId('observations-child').filter({ hasText: 'Noortje' });
  const newest = noortje.getByTestId('observation-card').first();
  await newest.getByText('Welbevinden').click();
  await expect(newest.getByTestId('observation-answers')).toContainText(note);
  await expect(newest.getByTestId('observation-answers')).toContainText('5 van 5');
  await parentContext.close();
});
