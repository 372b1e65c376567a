import { expect, test } from '@playwright/test';
import { linkFromMailbox } from '../../fixtures/mailbox.ts';
import { DEMO, SignInPage } from '../../pages/sign-in.ts';

test('Wachtwoord vergeten?: the reset mail leads to a new password, and the old one stops working', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(page).toHaveURL(/\/wachtwoord-vergeten$/);
  await page.getByLabel('E-mailadres').fill(DEMO.parent2);
  await page.getByRole('button', { name: /versturen|verstuur|aanvragen/i }).click();
  await expect(page.getByText(/Als dit adres bij ons bekend is/)).toBeVisible();

  // The mail is delivered by the job queue to the dev mailbox (no SMTP in the demo); its page shows the link too.
  const link = await linkFromMailbox(page, DEMO.parent2, '/wachtwoord-herstellen');
  await page.goto('/dev/mailbox');
  await expect(page.getByText('Nieuw wachtwoord voor Nestje').first()).toBeVisible();

  await page.goto(link);
  await expect(page.getByText(DEMO.parent2)).toBeVisible();
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een nieuw geheim wachtwoord');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een nieuw geheim wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page).toHaveURL(/\/mijn-kind$/);

  await page.goto('/overig');
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await signIn.signIn(DEMO.parent2);
  await expect(page.getByText('Het e-mailadres of het wachtwoord klopt niet.')).toBeVisible();
  await signIn.signIn(DEMO.parent2, 'een nieuw geheim wachtwoord');
  await expect(page).toHaveURL(/\/mijn-kind$/);

  // A used link says so and offers a new one.
  await page.goto(link);
  await expect(page.getByText('Deze herstellink is al gebruikt.')).toBeVisible();
  await page.getByRole('link', { name: 'Vraag een nieuwe link aan' }).click();
  await expect(page).toHaveURL(/\/wachtwoord-vergeten$/);
});
