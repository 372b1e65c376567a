import { expect, test } from '@playwright/test';
import { parseFeed } from '../../../apps/server/src/modules/calendar-feed/parse-ics.testing.ts';
import { setClock } from '../../fixtures/clock.ts';
import { parentNav } from '../../pages/shell.ts';
import { DEMO, signInAs } from '../../pages/sign-in.ts';

// Monday 26 October 2026, the day after summer time ended: the feed's dates are the same every run.
const NOW = '2026-10-26T10:00:00+01:00';

test.describe('agenda in je eigen kalender (B3)', () => {
  test.beforeEach(async ({ page }) => {
    await setClock(page.request, NOW);
    await signInAs(page, DEMO.parent);
  });

  test.afterEach(async ({ request }) => {
    await setClock(request, null);
  });

  test('a parent makes a calendar link, subscribes to it, and revokes it', async ({ page }) => {
    await parentNav(page, 'wide').getByRole('link', { name: 'Overig' }).click();
    const card = page.getByRole('region', { name: 'Agenda in je eigen kalender' });
    await expect(card.getByText('Je hebt nog geen agendalink.')).toBeVisible();
    await card.getByRole('button', { name: 'Link maken' }).click();

    const input = card.getByLabel('Jouw agendalink');
    await expect(input).toHaveValue(/\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await expect(card).toContainText('Nieuw agenda-abonnement');
    const url = await input.inputValue();

    const response = await page.request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const feed = parseFeed(await response.text());
    // Noortje: Hamsters verticaal on Monday and Wednesday afternoons, 12:30 in Amsterdam (winter time: 11:30Z).
    const noortje = feed.events.filter((e) => e.summary === 'Noortje – Hamsters verticaal');
    expect(noortje.map((e) => e.start)).toEqual(
      expect.arrayContaining(['2026-10-26T11:30:00.000Z', '2026-10-28T11:30:00.000Z']),
    );
    expect(noortje.every((e) => e.status === 'CONFIRMED' && e.location !== '')).toBe(true);
    expect(feed.events.some((e) => e.summary.startsWith('Ties – '))).toBe(true);

    await card.getByRole('button', { name: 'Link intrekken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link intrekken?' });
    await dialog.getByRole('button', { name: 'Intrekken' }).click();
    await expect(dialog).toBeHidden();
    await expect(card.getByRole('button', { name: 'Link maken' })).toBeVisible();
    expect((await page.request.get(url)).status()).toBe(404);
  });
});
