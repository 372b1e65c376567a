import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { CSRF, setClock } from '../fixtures/clock.ts';
import { RequestDayPage, RequestsOverviewPage } from '../pages/agenda.ts';
import { AssessmentPage } from '../pages/assessment.ts';
import { DEMO, signInAs } from '../pages/sign-in.ts';

// The whole journey of a request (P8–P12, S3): a parent asks for a day for two children "als geheel", the planner
// approves one and rejects the other, so both are rejected and the parent gets one message; a request left alone
// expires when the clock passes its date; a cancel the policy forbids says why.

/** Monday 1 February 2027, 09:00: a school week (the spring holiday of region noord starts on the 20th). */
const NOW = '2027-02-01T09:00:00+01:00';
/** A Friday on which neither Noortje (Monday and Wednesday afternoons) nor Ties (BSO Mon, Tue, Thu) is planned. */
const FRIDAY = '2027-02-12';
const OUTCOME_SUBJECT = /^Je aanvraag is afgehandeld \(.+\)$/;

/** The outcome mails to the demo parent about day parts on `day` (as the mail writes it, e.g. "12 februari 2027"). */
async function outcomeMails(request: APIRequestContext, day: string): Promise<number> {
  const res = await request.get('/api/v1/dev/mailbox');
  const { mails } = (await res.json()) as { mails: { to: string; subject: string; text: string }[] };
  return mails.filter((m) => m.to === DEMO.parent && OUTCOME_SUBJECT.test(m.subject) && m.text.includes(day))
    .length;
}

/** The lines of the parent's requests on a date, as the API has them (ids for the planner's screen). */
async function linesOn(
  page: Page,
  date: string,
): Promise<{ id: string; childName: string; status: string }[]> {
  const res = await page.request.get('/api/v1/requests?limit=200');
  const { lines } = (await res.json()) as {
    lines: { id: string; childName: string; status: string; date: string }[];
  };
  return lines.filter((l) => l.date === date);
}

async function plannerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(NOW));
  await signInAs(page, DEMO.planner);
  return page;
}

test.describe('requests from parent to planner and back', () => {
  test.beforeEach(async ({ page }) => {
    await setClock(page.request, NOW);
    // What was due before this moment (the demo's own requests) expires now, not in the middle of a test.
    expect((await page.request.post('/api/v1/dev/requests/expire', { headers: CSRF })).ok()).toBe(true);
    await page.clock.setFixedTime(new Date(NOW));
    await signInAs(page, DEMO.parent);
  });

  test.afterEach(async ({ request }) => {
    await setClock(request, null);
  });

  test('as a whole: one rejected line rejects both, and the parent gets one message', async ({
    page,
    browser,
  }) => {
    const form = new RequestDayPage(page);
    await form.open();
    await form.chooseDate(FRIDAY);
    await form.dayPart('Noortje', 'Incidentele ochtend').check();
    await form.dayPart('Ties', 'Incidentele Korte middag 40').check();
    await form.payByInvoice('Noortje');
    await form.payByInvoice('Ties');
    await page.getByLabel('Als geheel beoordelen').check();
    await page.getByLabel('Aanvraag vervalt automatisch op').fill('2027-02-10');
    await form.submit();
    await expect(page).toHaveURL(/\/agenda\/aanvragen$/);
    const overview = new RequestsOverviewPage(page);
    for (const child of ['Noortje', 'Ties'])
      await expect(overview.line(child, 'vr 12 feb').getByTestId('status-badge')).toHaveText(/in aanvraag/i);

    const lines = await linesOn(page, FRIDAY);
    const noortje = lines.find((l) => l.childName.startsWith('Noortje') && l.status === 'pending');
    const ties = lines.find((l) => l.childName.startsWith('Ties') && l.status === 'pending');
    expect(noortje && ties).toBeTruthy();
    const mailsBefore = await outcomeMails(page.request, '12 februari 2027');

    const planner = await plannerPage(browser);
    const queue = new AssessmentPage(planner);
    await queue.open();
    await expect(queue.line(noortje?.id as string)).toContainText('Als geheel');
    await queue.approve(noortje?.id as string);
    await expect(queue.line(noortje?.id as string)).toHaveCount(0);
    // One line is still open: no message yet.
    expect(await outcomeMails(page.request, '12 februari 2027')).toBe(mailsBefore);
    await queue.reject(ties?.id as string, 'Groep Floris is die middag vol');
    await expect(queue.line(ties?.id as string)).toHaveCount(0);
    await planner.context().close();

    await page.reload();
    for (const child of ['Noortje', 'Ties']) {
      const line = overview.line(child, 'vr 12 feb');
      await expect(line.getByTestId('status-badge')).toHaveText(/afgekeurd/i);
    }
    await overview
      .line('Noortje', 'vr 12 feb')
      .getByRole('button', { name: /Details van Noortje/ })
      .click();
    await expect(page.getByRole('dialog', { name: 'Aanvraag' })).toContainText(
      'Groep Floris is die middag vol',
    );
    await page.keyboard.press('Escape');
    // Exactly one message for the request.
    await expect
      .poll(() => outcomeMails(page.request, '12 februari 2027'), { timeout: 15_000 })
      .toBe(mailsBefore + 1);
  });

  test('a request left alone turns VERVALLEN when the clock passes its date', async ({ page }) => {
    const form = new RequestDayPage(page);
    await form.open();
    await form.chooseDate('2027-02-16');
    await form.dayPart('Noortje', 'Incidentele ochtend').check();
    await form.payByInvoice('Noortje');
    await page.getByLabel('Aanvraag vervalt automatisch op').fill('2027-02-03');
    await form.submit();
    const overview = new RequestsOverviewPage(page);
    const line = overview.line('Noortje', 'di 16 feb');
    await expect(line.getByTestId('status-badge')).toHaveText(/in aanvraag/i);

    // Just after 00:00 on 3 February in Amsterdam the expiry job withdraws it.
    await setClock(page.request, '2027-02-03T00:00:30+01:00');
    const run = await page.request.post('/api/v1/dev/requests/expire', { headers: CSRF });
    expect(run.ok()).toBe(true);
    await page.clock.setFixedTime(new Date('2027-02-03T00:00:30+01:00'));
    await overview.open();
    await expect(line.getByTestId('status-badge')).toHaveText(/vervallen/i);
    await expect(line.getByRole('button', { name: /annuleren/ })).toHaveCount(0);
  });

  test('a cancel the policy forbids shows the reason instead of the trash icon', async ({
    page,
    browser,
  }) => {
    // The organisation lets parents cancel until 72 hours before (admin, planning policy).
    const admin = await browser.newContext();
    const adminPage = await admin.newPage();
    await signInAs(adminPage, DEMO.admin);
    const current = await (await adminPage.request.get('/api/v1/planning-policy')).json();
    const put = (organisation: Record<string, number>) =>
      adminPage.request.put('/api/v1/planning-policy', {
        data: { organisation, overrides: [] },
        headers: CSRF,
      });
    expect((await put({ ...current.organisation, cancelDeadlineHours: 72 })).ok()).toBe(true);
    try {
      const form = new RequestDayPage(page);
      await form.open();
      await form.chooseDate('2027-02-04');
      await form.dayPart('Noortje', 'Incidentele ochtend').check();
      await form.payByInvoice('Noortje');
      // The rule is explained before submitting.
      await expect(page.getByTestId('request-summary')).toContainText('72');
      await form.submit();
      const line = new RequestsOverviewPage(page).line('Noortje', 'do 4 feb');
      await expect(line.getByTestId('status-badge')).toHaveText(/in aanvraag/i);
      await expect(line).toContainText('Annuleren kon tot');
      await expect(line.getByRole('button', { name: /annuleren/ })).toHaveCount(0);
    } finally {
      expect((await put(current.organisation)).ok()).toBe(true);
      await admin.close();
    }
  });
});
