import { expect, type Locator, type Page, test } from '@playwright/test';
import { setClock } from '../../fixtures/clock.ts';
import { AgendaPage, RequestsOverviewPage } from '../../pages/agenda.ts';
import { AssessmentPage } from '../../pages/assessment.ts';
import { DEMO, signInAs } from '../../pages/sign-in.ts';

// "Ruildag aanvragen" (P13): the parent gives up Noortje's Monday afternoon for a shorter Tuesday morning, sees
// what lapses, submits; the planner approves, and the agenda moves Noortje from Monday to Tuesday.

/** Monday 1 March 2027, 09:00: a school week, a week before the swap. */
const NOW = '2027-03-01T09:00:00+01:00';
/** A Monday: Noortje (Hamsters verticaal) is planned 12:30–18:30 (6 hours). */
const GIVE_DATE = '2027-03-08';
/** A Tuesday on which Noortje is not planned. */
const WANTED_DATE = '2027-03-09';

function child(page: Page, firstName: string): Locator {
  return page.getByTestId('swap-child').filter({ hasText: firstName });
}

test.describe('ruildag aanvragen (P13)', () => {
  test.beforeEach(async ({ page }) => {
    await setClock(page.request, NOW);
    await page.clock.setFixedTime(new Date(NOW));
    await signInAs(page, DEMO.parent);
  });

  test.afterEach(async ({ request }) => {
    await setClock(request, null);
  });

  test('a Monday afternoon swapped for a shorter Tuesday morning, approved by the planner', async ({
    page,
    browser,
  }) => {
    const agenda = new AgendaPage(page);
    await agenda.open();
    await page.getByRole('link', { name: 'Ruildag aanvragen' }).click();
    await expect(page.getByRole('heading', { name: 'Ruildag aanvragen', level: 1 })).toBeVisible();

    // 1. The date to give up: Noortje's planned afternoon, and how many swaps are left.
    await page.getByLabel('Datum die je wilt inruilen').fill(GIVE_DATE);
    const noortje = child(page, 'Noortje');
    await expect(noortje).toContainText(/Nog \d+ ruildagen dit jaar/);
    await noortje.getByRole('checkbox', { name: /12:30–18:30/ }).check();

    // 2. A wanted date on which Noortje is planned already says so.
    await noortje.getByLabel('Gewenste datum voor Noortje').fill('2027-03-10');
    await expect(noortje.getByTestId('already-planned')).toContainText('Reeds gepland');
    await expect(noortje.getByTestId('already-planned')).toContainText('12:30–18:30');

    // The wanted date and its day parts; a longer one cannot be chosen and says why.
    await noortje.getByLabel('Gewenste datum voor Noortje').fill(WANTED_DATE);
    await expect(noortje.getByTestId('already-planned')).toHaveCount(0);
    const ochtend = noortje.getByRole('radio', { name: /07:30–13:00 Incidentele ochtend/ });
    await expect(ochtend).toBeEnabled();
    await expect(noortje.getByRole('radio', { name: /07:30–18:30 Incidentele hele dag/ })).toBeDisabled();
    await expect(noortje).toContainText('een ruildag mag niet langer zijn');
    await ochtend.check();

    // 3. The summary says what is given up, what is wanted and what lapses.
    const summary = page.getByTestId('swap-summary');
    await expect(summary).toContainText('Geeft op: ma 8 mrt 12:30–18:30');
    await expect(summary).toContainText('Wil: di 9 mrt 07:30–13:00 Incidentele ochtend');
    await expect(summary).toContainText('De overige 30 minuten vervalt');
    // One child: nothing to assess as a whole.
    await expect(page.getByLabel('Als geheel beoordelen')).toHaveCount(0);
    await page.getByLabel('Opmerking').fill('Opa past maandag op');
    await page.getByRole('button', { name: 'Indienen' }).click();

    // The overview: both sides of the swap, in aanvraag, the wanted one with what lapses.
    await expect(page).toHaveURL(/\/agenda\/aanvragen$/);
    await expect(page.getByTestId('request-submitted')).toContainText('ruildag is ingediend');
    const overview = new RequestsOverviewPage(page);
    const wanted = overview.line('Noortje', 'di 9 mrt');
    await expect(wanted.getByTestId('status-badge')).toHaveText(/in aanvraag/i);
    await expect(wanted).toContainText('Ruildag · wil');
    await expect(wanted).toContainText('vervalt: 30 minuten');
    const given = overview.line('Noortje', 'ma 8 mrt');
    await expect(given).toContainText('Ruildag · geeft op');
    await expect(given).toContainText('12:30–18:30');

    // The planner approves the wanted line (the given-up one goes with it).
    const res = await page.request.get('/api/v1/requests?limit=200');
    const { lines } = (await res.json()) as {
      lines: { id: string; date: string; role: string; status: string; childName: string }[];
    };
    const take = lines.find(
      (l) =>
        l.date === WANTED_DATE && l.role === 'take' && l.status === 'pending' && /Noortje/.test(l.childName),
    );
    expect(take).toBeTruthy();
    // The planner's queue shows the wanted line with what is given up for it; approving decides both.
    const plannerContext = await browser.newContext();
    try {
      const plannerPage = await plannerContext.newPage();
      await plannerPage.clock.setFixedTime(new Date(NOW));
      await signInAs(plannerPage, DEMO.planner);
      const queue = new AssessmentPage(plannerPage);
      await queue.open();
      await expect(queue.line(take?.id as string)).toContainText('Ruil voor');
      await queue.approve(take?.id as string);
      await expect(queue.line(take?.id as string)).toHaveCount(0);
    } finally {
      await plannerContext.close();
    }

    // The agenda: Noortje on Tuesday morning as "Ruildag", no longer on Monday.
    await agenda.open();
    const tuesday = agenda.items(WANTED_DATE).filter({ hasText: 'Noortje' });
    await expect(tuesday).toContainText('07:30–13:00');
    await expect(tuesday.getByTestId('swap-badge')).toHaveText('Ruildag');
    await expect(agenda.items(GIVE_DATE).filter({ hasText: 'Noortje' })).toHaveCount(0);
  });
});
