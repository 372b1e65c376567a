import { randomUUID } from 'node:crypto';
import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import { CSRF, setClock } from '../../fixtures/clock.ts';
import { DEMO, DEMO_PASSWORD, signInAs } from '../../pages/sign-in.ts';

// A Monday morning in a school week; the day viewed is the Monday after, when Noortje comes 12:30–18:30.
const NOW = '2027-03-01T09:00:00+01:00';
// A Monday no other spec changes (the swap spec gives up Noortje's 8 March).
const DAY = '2027-03-15';
const GROUP = 'Hamsters verticaal';

/** The back office's Aanvragen › Dagoverzicht: a group's day (S3, S7). */
class GroupDayView {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.getByTestId('staff-nav').getByRole('link', { name: 'Aanvragen' }).click();
    await this.page
      .getByRole('navigation', { name: 'Onderdelen van Aanvragen' })
      .getByRole('link', { name: 'Dagoverzicht' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Dagoverzicht', level: 1 })).toBeVisible();
  }

  async choose(group: string, date: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Groep' }).click();
    await this.page.getByRole('option', { name: group, exact: true }).click();
    await this.page.getByLabel('Datum', { exact: true }).fill(date);
    await expect(this.page.getByTestId('group-day')).toHaveAttribute('data-date', date);
  }

  /** The day part with these times (`12:30–18:30`). */
  dayPart(times: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`· ${times}$`) });
  }

  /** A child's rows in a day part. */
  row(dayPart: Locator, child: string): Locator {
    return dayPart.getByTestId('day-row').filter({ hasText: child });
  }

  async confirmed(dayPart: Locator): Promise<number> {
    return Number(await dayPart.getByTestId('occupancy').getAttribute('data-confirmed'));
  }
}

/** Reports Noortje absent (ziek) for her day part on `date`, as the parent does through the API. */
async function reportNoortjeSick(parent: APIRequestContext, date: string): Promise<void> {
  const options = await parent.get(`/api/v1/absences/options?from=${date}`);
  expect(options.ok()).toBe(true);
  const body = (await options.json()) as {
    children: { id: string; firstName: string }[];
    parts: {
      childId: string;
      groupId: string;
      careProductId: string;
      date: string;
      startTime: string;
      unavailable: string | null;
    }[];
  };
  const noortje = body.children.find((child) => child.firstName === 'Noortje');
  const part = body.parts.find((p) => p.childId === noortje?.id && p.startTime === '12:30');
  expect(part).toBeDefined();
  expect(part?.unavailable).toBeNull();
  const { childId, groupId, careProductId, startTime } = part as NonNullable<typeof part>;
  const response = await parent.post('/api/v1/absences', {
    headers: { ...CSRF, 'Idempotency-Key': randomUUID() },
    data: { reason: 'sick', parts: [{ childId, groupId, careProductId, date, startTime }] },
  });
  expect(response.status(), await response.text()).toBe(201);
}

test.describe('the planner’s day view of a group (S3, S7, P14)', () => {
  test.afterEach(async ({ request }) => {
    // The next spec gets the real time back.
    await setClock(request, null);
  });

  test('Noortje comes on Monday; reported sick, she shows absent and the occupancy drops by one', async ({
    page,
    playwright,
    baseURL,
  }) => {
    await setClock(page.request, NOW);
    await page.clock.setFixedTime(new Date(NOW));
    await signInAs(page, DEMO.planner);
    const view = new GroupDayView(page);
    await view.open();
    await view.choose(GROUP, DAY);
    await expect(page).toHaveURL(/\/beheer\/aanvragen\/dagoverzicht\?.*datum=2027-03-15/);

    const afternoon = view.dayPart('12:30–18:30');
    const noortje = view.row(afternoon, 'Noortje');
    await expect(noortje).toHaveCount(1);
    await expect(noortje).toContainText('12:30–18:30');
    await expect(noortje).toContainText('Verwacht');
    const before = await view.confirmed(afternoon);
    expect(before).toBeGreaterThan(0);

    const parent = await playwright.request.newContext({ baseURL });
    try {
      const login = await parent.post('/api/v1/auth/login', {
        headers: CSRF,
        data: { email: DEMO.parent, password: DEMO_PASSWORD },
      });
      expect(login.ok()).toBe(true);
      await reportNoortjeSick(parent, DAY);
    } finally {
      await parent.dispose();
    }

    await page.reload();
    await expect(view.row(afternoon, 'Noortje')).toContainText('Afwezig: ziek');
    await expect(afternoon.getByTestId('occupancy')).toHaveAttribute('data-confirmed', String(before - 1));
    // The previous and next day buttons move the date in the address.
    await page.getByRole('button', { name: /^Volgende dag/ }).click();
    await expect(page.getByTestId('group-day')).toHaveAttribute('data-date', '2027-03-16');
  });
});
