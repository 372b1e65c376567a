import { expect, test } from '@playwright/test';
import { setClock } from '../../fixtures/clock.ts';
import { AbsenceOverview, AbsencePage } from '../../pages/absence.ts';
import { AgendaPage, RequestDayPage } from '../../pages/agenda.ts';
import { DEMO, signInAs } from '../../pages/sign-in.ts';

// A fixed Monday morning in a school week, so the dates (and what yields a credit) are the same every run.
const NOW = '2027-02-01T09:00:00+01:00';
/** Monday to Wednesday of the next week: Noortje (Monday and Wednesday afternoons) is planned on two days. */
const FROM = '2027-02-08';
const TO = '2027-02-10';

test.describe('afwezigheid doorgeven and the overview (P14, P15, P7)', () => {
  test.beforeEach(async ({ page }) => {
    await setClock(page.request, NOW);
    // The browser's today matches the server's, for what the screen computes itself (date limits, deadlines).
    await page.clock.setFixedTime(new Date(NOW));
    await signInAs(page, DEMO.parent);
  });

  test.afterEach(async ({ request }) => {
    // The next spec gets the real time back.
    await setClock(request, null);
  });

  test('Noortje reported sick for two days shows as registered and absent, one day is cancelled, the other pays an extra day', async ({
    page,
  }) => {
    const agenda = new AgendaPage(page);
    await agenda.open();
    await page.getByRole('link', { name: 'Afwezigheid doorgeven' }).click();
    const form = new AbsencePage(page);
    await form.expectOpen();
    await form.choosePeriod(FROM, TO);

    // Noortje's two planned afternoons; Ties shows his own planned days.
    const monday = form.dayPart('Noortje', FROM, '12:30–18:30');
    const wednesday = form.dayPart('Noortje', TO, '12:30–18:30');
    await expect(monday).toBeEnabled();
    await expect(wednesday).toBeEnabled();
    await expect(form.child('Ties')).toContainText('15:00–18:30');
    await monday.check();
    await wednesday.check();

    // Reported more than a day ahead: each afternoon yields a credit.
    await expect(form.summary()).toContainText('Levert een tegoed op van 6 uur');
    await form.chooseReason('Ziek');
    await page.getByLabel('Opmerking').fill('Waterpokken');
    await form.submit();

    // The overview confirms it and lists both days as GEREGISTREERD.
    await expect(page).toHaveURL(/\/agenda\/aanvragen$/);
    await expect(page.getByTestId('absence-registered')).toContainText('2 dagdelen');
    const overview = new AbsenceOverview(page);
    const first = overview.line('Noortje', 'ma 8 feb');
    const second = overview.line('Noortje', 'wo 10 feb');
    await expect(first.getByTestId('status-badge')).toHaveText(/geregistreerd/i);
    await expect(second.getByTestId('status-badge')).toHaveText(/geregistreerd/i);
    await expect(first).toContainText('Afwezigheid (ziek)');
    await expect(first).toContainText('12:30–18:30');
    await expect(first).toContainText('Hamsters verticaal');
    await expect(first).toContainText('Tegoed: 6 uur');

    // The details.
    await first.getByRole('button', { name: /Details van de afwezigheid van Noortje/ }).click();
    const details = page.getByRole('dialog', { name: 'Afwezigheid' });
    await expect(details).toContainText('Waterpokken');
    await expect(details).toContainText('Ziek');
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();

    // In the agenda both afternoons are marked absent.
    await agenda.open();
    for (const date of [FROM, TO]) {
      const item = agenda.items(date).filter({ hasText: 'Noortje' });
      await expect(item.getByTestId('absence-badge')).toHaveText('Afwezig: ziek');
    }

    // Cancelling one asks first, then shows GEANNULEERD; the other stays registered.
    await overview.open();
    await second.getByRole('button', { name: /annuleren/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Afwezigheid annuleren' });
    await expect(confirm).toContainText('Noortje de Vries');
    await confirm.getByRole('button', { name: 'Ja, annuleren' }).click();
    await expect(confirm).toBeHidden();
    await expect(second.getByTestId('status-badge')).toHaveText(/geannuleerd/i);
    await expect(second.getByRole('button', { name: /annuleren/ })).toHaveCount(0);
    await expect(first.getByTestId('status-badge')).toHaveText(/geregistreerd/i);

    // Noortje is expected again on that Wednesday.
    await agenda.open();
    await expect(agenda.items(TO).filter({ hasText: 'Noortje' }).getByTestId('absence-badge')).toHaveCount(0);
    await expect(agenda.items(FROM).filter({ hasText: 'Noortje' }).getByTestId('absence-badge')).toHaveCount(
      1,
    );

    // The credit of Monday's absence pays an extra morning on Thursday: it is suggested, and the summary says what
    // it takes before submitting (5 uur 30 of 6 uur).
    const request = new RequestDayPage(page);
    await request.open();
    await request.chooseDate('2027-02-11');
    await request.dayPart('Noortje', 'Incidentele ochtend').check();
    const payment = page.getByRole('radiogroup', { name: 'Betaling voor Noortje' });
    await expect(
      payment.getByRole('radio', { name: /Afwezigheid op 8 februari 2027.*voorgesteld/ }),
    ).toBeChecked();
    await expect(page.getByTestId('request-summary')).toContainText(
      'Van je tegoed gaat 5 uur 30 af; er blijft 30 minuten over.',
    );
    await request.submit();
    await expect(page).toHaveURL(/\/agenda\/aanvragen$/);
    await page.goto('/overig/tegoeden');
    const credit = page.getByTestId('credit').filter({ hasText: 'Afwezigheid op 8 februari 2027' });
    await expect(credit.getByTestId('credit-remaining')).toHaveText('30 minuten over van 6 uur');
  });
});
