import { expect, test } from '@playwright/test';
import { CSRF, setClock } from '../../fixtures/clock.ts';
import { RequestDayPage } from '../../pages/agenda.ts';
import { ChildCreditsSection, CreditsPage } from '../../pages/credits.ts';
import { FamiliesPage } from '../../pages/families.ts';
import { DEMO, signInAs } from '../../pages/sign-in.ts';

// A fixed Monday morning in a school week, so the dates (and what can be requested) are the same every run.
const NOW = '2027-02-01T09:00:00+01:00';
/** A Tuesday: Noortje (Hamsters verticaal, Monday and Wednesday afternoons) is not planned then. */
const REQUEST_DATE = '2027-02-09';
const DESCRIPTION = 'Extra ochtend als dank voor het meedenken';

test.describe('Tegoeden: granted in the child file, seen and used by the parent (P17, P8, S7)', () => {
  test.beforeEach(async ({ page }) => {
    await setClock(page.request, NOW);
    await page.clock.setFixedTime(new Date(NOW));
  });

  test.afterEach(async ({ request }) => {
    await setClock(request, null);
  });

  test('a credit granted to Noortje pays an extra morning, and Tegoeden then shows its use', async ({
    page,
    browser,
  }) => {
    // The administrator makes sure the organisation works with credits, and grants Noortje eight hours.
    await signInAs(page, DEMO.admin);
    const settings = await page.request.patch('/api/v1/organisation/settings', {
      data: { features: { credits: true } },
      headers: CSRF,
    });
    expect(settings.ok()).toBe(true);
    const families = new FamiliesPage(page);
    await families.open();
    const table = await families.search('Noortje');
    await table
      .getByRole('link', { name: /Noortje/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: /Noortje/, level: 1 })).toBeVisible();
    const staffCredits = new ChildCreditsSection(page);
    await staffCredits.grant({
      hours: 8,
      validFrom: '2027-02-01',
      validUntil: '2027-02-28',
      description: DESCRIPTION,
    });
    await expect(staffCredits.credit(DESCRIPTION)).toContainText('8 uur over van 8 uur');
    await expect(staffCredits.credit(DESCRIPTION)).toContainText('Bruikbaar');

    // The parent, in a browser of their own.
    const parentContext = await browser.newContext();
    const parent = await parentContext.newPage();
    await parent.clock.setFixedTime(new Date(NOW));
    await signInAs(parent, DEMO.parent);
    const credits = new CreditsPage(parent);
    await credits.openFromOther();
    const credit = credits.credit('Noortje', DESCRIPTION);
    await expect(credit).toContainText('8 uur over van 8 uur');
    await expect(credit.getByTestId('credit-state')).toHaveText('Bruikbaar');
    await expect(credit).toContainText('Geldig van 1 februari 2027 tot en met 28 februari 2027');

    // Dag aanvragen: the credit is offered and chosen, and says what paying with it does.
    const form = new RequestDayPage(parent);
    await form.open();
    await form.chooseDate(REQUEST_DATE);
    await form.dayPart('Noortje', 'Incidentele ochtend').check();
    const payWith = form.child('Noortje').getByRole('radio', { name: new RegExp(DESCRIPTION) });
    await expect(payWith).toBeChecked();
    await expect(form.child('Noortje')).toContainText(
      'Van je tegoed gaat 5 uur 30 af; er blijft 2 uur 30 over.',
    );
    const summary = parent.getByTestId('request-summary');
    await expect(summary).toContainText(
      'betaling met tegoed. Van je tegoed gaat 5 uur 30 af; er blijft 2 uur 30 over.',
    );
    await expect(summary).toContainText('€ 57,86');
    await form.submit();
    await expect(parent).toHaveURL(/\/agenda\/aanvragen/);

    // Tegoeden shows the use for that request line and what is left.
    await credits.open();
    await expect(credit).toContainText('2 uur 30 over van 8 uur');
    await expect(credit.getByTestId('credit-entry')).toContainText(
      'Ingezet voor 9 februari 2027, 07:30–13:00',
    );
    await expect(credit.getByTestId('credit-entry')).toContainText('− 5 uur 30');
    await expect(credit.getByTestId('credit-entry')).toContainText('In aanvraag');
    await parentContext.close();
  });
});
