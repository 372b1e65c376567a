import { expect, type Page, test } from '@playwright/test';
import { DEMO, signInAs } from '../../pages/sign-in.ts';

/** Overig → Account & Kinderen → the child's name, as a parent goes there. */
async function openChild(page: Page, childName: string) {
  await page.goto('/overig');
  await page
    .getByRole('region', { name: 'Account & Kinderen' })
    .getByRole('link', { name: childName })
    .click();
  await expect(page.getByRole('heading', { name: childName, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Verklaringen', level: 2 })).toBeVisible();
}

test.describe('Verklaringen (P17): the parent fills in and signs a declaration per child', () => {
  test('Sanne fills in Medicijngebruik for Noortje and sees it signed with her name and the time', async ({
    page,
  }) => {
    await signInAs(page, DEMO.parent);
    await openChild(page, 'Noortje de Vries');
    // The child page also shows the mentor and the placement.
    await expect(page.getByTestId('child-mentor')).toContainText('Mentor: Mila');
    await expect(page.getByTestId('child-placement').first()).toContainText('Hamsters');

    const card = page
      .getByTestId('declaration-item')
      .filter({ has: page.getByRole('heading', { name: 'Medicijngebruik' }) });
    await expect(card).toContainText('Nog niet ingevuld');
    await card.getByRole('button', { name: 'Invullen' }).click();
    // Sending it empty names the required fields first.
    await card.getByRole('button', { name: 'Ondertekenen en versturen' }).click();
    await expect(card.getByText('Vul dit veld in.').first()).toBeVisible();

    await card.getByLabel('Naam van het medicijn').fill('Paracetamol zetpil 120 mg');
    await card.getByLabel('Dosering').fill('1 zetpil');
    await card.getByLabel('Tijdstippen').fill('Bij koorts boven 38,5 graden, hooguit eens per 6 uur');
    await card.getByLabel('Te geven tot en met').fill('2027-01-31');
    await card.getByRole('radio', { name: 'Ja', exact: true }).check();
    await card.getByLabel('Ondertekenen met je volledige naam').fill('Sanne de Vries');
    await card.getByRole('button', { name: 'Ondertekenen en versturen' }).click();

    await expect(card.getByRole('status')).toHaveText('De verklaring is ondertekend.');
    await expect(card.getByTestId('declaration-signature')).toHaveText(
      /^Ondertekend door Sanne de Vries op .*\d{1,2}:\d{2}.* \(versie 1\)$/,
    );
    await expect(card).toContainText('Paracetamol zetpil 120 mg');

    await page.reload();
    await expect(card.getByTestId('declaration-signature')).toContainText('Ondertekend door Sanne de Vries');
    await expect(card.getByRole('button', { name: 'Nieuwe verklaring invullen' })).toBeVisible();
  });
});
