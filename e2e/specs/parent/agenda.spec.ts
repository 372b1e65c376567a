import { expect, test } from '@playwright/test';
import { setClock } from '../../fixtures/clock.ts';
import { AgendaPage, RequestDayPage, RequestsOverviewPage } from '../../pages/agenda.ts';
import { DEMO, signInAs } from '../../pages/sign-in.ts';

// A fixed Monday morning in a school week, so the dates (and what can be requested) are the same every run.
const NOW = '2027-02-01T09:00:00+01:00';
/** A Tuesday: Noortje (Hamsters verticaal, Monday and Wednesday afternoons) is not planned then. */
const REQUEST_DATE = '2027-02-09';

test.describe('agenda, dag aanvragen and aanvragenoverzicht (P7–P12, P15)', () => {
  test.beforeEach(async ({ page }) => {
    await setClock(page.request, NOW);
    // The browser's today matches the server's, for what the screen computes itself (date limits).
    await page.clock.setFixedTime(new Date(NOW));
    await signInAs(page, DEMO.parent);
  });

  test.afterEach(async ({ request }) => {
    // The next spec gets the real time back.
    await setClock(request, null);
  });

  test('the agenda shows Noortje’s planned days from today and loads more when scrolled', async ({
    page,
  }) => {
    const agenda = new AgendaPage(page);
    await agenda.open();
    const monday = agenda.day('2027-02-01');
    await expect(monday.getByRole('heading', { name: 'ma 1 feb' })).toBeVisible();
    await expect(agenda.items('2027-02-01').filter({ hasText: 'Noortje' })).toContainText('12:30–18:30');
    await expect(agenda.items('2027-02-03').filter({ hasText: 'Noortje' })).toContainText(
      'Hamsters verticaal',
    );
    // A day without care is one compact line.
    await expect(agenda.day('2027-02-06')).toContainText('Geen opvang');

    // A click shows the details.
    await agenda.items('2027-02-01').filter({ hasText: 'Noortje' }).click();
    const details = page.getByRole('dialog', { name: 'Opvangmoment' });
    await expect(details).toContainText('Haarlem');
    await expect(details).toContainText('Contract');
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();

    // The first page ends four weeks ahead; scrolling down fetches the next.
    await expect(agenda.day('2027-03-01')).toHaveCount(0);
    await agenda.scrollToEnd();
    await expect(agenda.items('2027-03-01').filter({ hasText: 'Noortje' })).toBeVisible();

    // Herladen fetches the planning again.
    await page.getByRole('button', { name: 'Herladen' }).click();
    await expect(agenda.items('2027-02-01').first()).toBeVisible();
  });

  test('a day requested for Noortje shows in the overview and the agenda, and is cancelled after a confirmation', async ({
    page,
  }) => {
    const agenda = new AgendaPage(page);
    await agenda.open();
    await page.getByRole('link', { name: 'Dag aanvragen', exact: true }).click();
    const form = new RequestDayPage(page);
    await expect(page.getByRole('heading', { name: 'Dag aanvragen', level: 1 })).toBeVisible();
    await form.chooseDate(REQUEST_DATE);

    // The day parts with their price; one that cannot be requested says why.
    const ochtend = form.dayPart('Noortje', 'Incidentele ochtend');
    await expect(ochtend).toBeEnabled();
    await expect(form.child('Noortje')).toContainText('07:30–13:00 Incidentele ochtend');
    await expect(form.child('Noortje')).toContainText('€ 57,86');
    const vakantiedag = form.dayPart('Ties', 'BSO vakantiedag');
    await expect(vakantiedag).toBeDisabled();
    await expect(form.child('Ties')).toContainText('Alleen in vakantieweken');

    await ochtend.check();
    await form.payByInvoice('Noortje');
    await expect(page.getByTestId('request-summary')).toContainText('Totaal: € 57,86');
    await page.getByLabel('Opmerking').fill('Oma is die dag jarig');
    await form.submit();

    // The overview confirms it and lists the line as IN AANVRAAG.
    await expect(page).toHaveURL(/\/agenda\/aanvragen$/);
    await expect(page.getByTestId('request-submitted')).toContainText('ingediend');
    const overview = new RequestsOverviewPage(page);
    const line = overview.line('Noortje', 'di 9 feb');
    await expect(line).toHaveCount(1);
    await expect(line.getByTestId('status-badge')).toHaveText(/in aanvraag/i);
    await expect(line).toContainText('Extra opvang');
    await expect(line).toContainText('07:30–13:00');
    await expect(line).toContainText('Hamsters verticaal');

    // The details.
    await line.getByRole('button', { name: /Details van Noortje/ }).click();
    const details = page.getByRole('dialog', { name: 'Aanvraag' });
    await expect(details).toContainText('Oma is die dag jarig');
    await expect(details).toContainText('Factuur');
    await page.keyboard.press('Escape');

    // In the agenda on its date, as "Optie extra".
    await page.getByRole('link', { name: '← Terug naar de agenda' }).click();
    const requested = agenda.items(REQUEST_DATE).filter({ hasText: 'Optie extra' });
    await expect(requested).toContainText('Noortje');
    await expect(requested).toContainText('Incidentele ochtend');

    // Cancelling asks first, then shows GEANNULEERD.
    await overview.open();
    await line.getByRole('button', { name: /annuleren/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Aanvraag annuleren' });
    await expect(confirm).toContainText('Noortje de Vries');
    await confirm.getByRole('button', { name: 'Ja, annuleren' }).click();
    await expect(confirm).toBeHidden();
    await expect(line.getByTestId('status-badge')).toHaveText(/geannuleerd/i);
    await expect(line.getByRole('button', { name: /annuleren/ })).toHaveCount(0);

    // And it is gone from the agenda.
    await agenda.open();
    await expect(agenda.items(REQUEST_DATE).filter({ hasText: 'Optie extra' })).toHaveCount(0);
  });
});
