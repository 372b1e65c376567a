import { randomUUID } from 'node:crypto';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { CSRF, setClock } from '../../fixtures/clock.ts';
import { AssessmentPage } from '../../pages/assessment.ts';
import { DEMO, DEMO_PASSWORD, signInAs } from '../../pages/sign-in.ts';

/** A Monday morning in Amsterdam: the request dates below are counted from it, so they are predictable. */
const NOW = '2027-02-01T09:00:00+01:00';
const FIRST = '2027-02-03';
const LAST = '2027-02-19';

interface DateOptions {
  date: string;
  children: {
    childId: string;
    groupId: string;
    options: { careProductId: string; name: string; unavailable: string[] }[];
  }[];
}

interface Wanted {
  childId: string;
  groupId: string;
  careProductId: string;
  date: string;
}

/** Dates on which Noortje's "Incidentele ochtend" can be requested (another spec may have taken some). */
async function requestableMornings(parent: APIRequestContext): Promise<Wanted[]> {
  const response = await parent.get(`/api/v1/requests/options?from=${FIRST}&to=${LAST}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as {
    children: { id: string; firstName: string }[];
    dates: DateOptions[];
  };
  const noortje = body.children.find((child) => child.firstName === 'Noortje');
  const wanted: Wanted[] = [];
  for (const day of body.dates) {
    const child = day.children.find((candidate) => candidate.childId === noortje?.id);
    const option = child?.options.find((o) => o.name === 'Incidentele ochtend' && o.unavailable.length === 0);
    if (child && option)
      wanted.push({
        childId: child.childId,
        groupId: child.groupId,
        careProductId: option.careProductId,
        date: day.date,
      });
  }
  return wanted;
}

/** The parent's "Indienen" through the API: one date for one child; answers the new line's id. */
async function submitRequest(parent: APIRequestContext, wanted: Wanted, comment: string): Promise<string> {
  const { date, ...child } = wanted;
  const response = await parent.post('/api/v1/requests', {
    headers: { ...CSRF, 'Idempotency-Key': randomUUID() },
    data: { bookings: [{ from: date, to: date, children: [child] }], comment },
  });
  expect(response.status(), await response.text()).toBe(201);
  const created = (await response.json()) as { lines: { id: string }[] };
  expect(created.lines).toHaveLength(1);
  return created.lines[0]?.id as string;
}

test.describe('assessing requests (S3, B2)', () => {
  test.afterEach(async ({ request }) => {
    // Whatever happened, the next spec gets the real time back.
    await setClock(request, null);
  });

  test('a planner approves one pending line and rejects another with a reason; the queue empties', async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    await setClock(page.request, NOW);
    const run = Date.now().toString(36);

    // The parent submits two extra mornings for Noortje.
    const parent = await playwright.request.newContext({ baseURL });
    try {
      const login = await parent.post('/api/v1/auth/login', {
        headers: CSRF,
        data: { email: DEMO.parent, password: DEMO_PASSWORD },
      });
      expect(login.ok()).toBe(true);
      const mornings = await requestableMornings(parent);
      expect(mornings.length).toBeGreaterThanOrEqual(2);
      const approveId = await submitRequest(parent, mornings[0] as Wanted, `Opa is jarig ${run}`);
      const rejectId = await submitRequest(parent, mornings[1] as Wanted, `Werkdag ${run}`);

      await signInAs(page, DEMO.planner);
      const assessment = new AssessmentPage(page);
      await assessment.open();

      const first = assessment.line(approveId);
      await expect(first).toContainText('Noortje de Vries');
      await expect(first).toContainText('Incidentele ochtend');
      await expect(first).toContainText('07:30–13:00');
      await expect(first).toContainText(/\d+ van 14 bezet, \d+ opties?/);
      await expect(first).toContainText('door Sanne de Vries');
      await expect(first).toContainText('Vervalt');
      await expect(first).toContainText(`Opa is jarig ${run}`);

      await assessment.approve(approveId);
      await expect(assessment.result()).toContainText('1 aanvraag goedgekeurd.');
      await expect(first).toHaveCount(0);

      const reason = 'Geen pedagogisch medewerker beschikbaar';
      await assessment.reject(rejectId, reason);
      await expect(assessment.result()).toContainText('1 aanvraag afgekeurd.');
      await expect(assessment.line(rejectId)).toHaveCount(0);

      // The parent's overview shows the decisions, the rejection with its reason.
      const overview = await parent.get('/api/v1/requests?limit=200');
      expect(overview.ok()).toBe(true);
      const { lines } = (await overview.json()) as {
        lines: { id: string; status: string; reason: string | null }[];
      };
      expect(lines.find((line) => line.id === approveId)?.status).toBe('approved');
      expect(lines.find((line) => line.id === rejectId)).toMatchObject({ status: 'rejected', reason });

      // A period without pending lines shows a friendly empty state instead of an empty table.
      await assessment.filterDates('2027-01-04', '2027-01-05');
      await expect(assessment.emptyState()).toContainText('Geen openstaande aanvragen');
    } finally {
      await parent.dispose();
    }
  });
});
