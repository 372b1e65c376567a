import { expect, test } from '@playwright/test';
import { MessagesPage } from '../pages/messages.ts';
import { NotificationsPage } from '../pages/notifications.ts';
import { DEMO, signInAs } from '../pages/sign-in.ts';

const DEMO_ORGANISATION = 'Kinderopvang Het Nest Haarlem';

test.describe('Notificaties (P17) and the app on the device (B5)', () => {
  test('a parent switches off e-mail for Berichten and finds it off after a reload', async ({ page }) => {
    await signInAs(page, DEMO.parent);
    const notifications = new NotificationsPage(page);
    await notifications.openSettings();
    const email = notifications.switchFor('E-mail', 'Berichten');
    await expect(email).toBeChecked();
    await notifications.flip('E-mail', 'Berichten');
    await expect(email).not.toBeChecked();
    await expect(notifications.switchFor('Push', 'Berichten')).toBeChecked();

    await page.reload();
    await expect(notifications.switchFor('E-mail', 'Berichten')).not.toBeChecked();
    await expect(notifications.switchFor('Push', 'Berichten')).toBeChecked();

    // Back as it was, so other specs see the demo's defaults.
    await notifications.flip('E-mail', 'Berichten');
    await expect(notifications.switchFor('E-mail', 'Berichten')).toBeChecked();
  });

  test('the manifest names the organisation, the service worker registers, and offline the app still opens', async ({
    page,
    context,
  }) => {
    // Before sign-in the manifest is Nestje's own.
    const anonymous = await page.request.get('/manifest.webmanifest');
    expect((await anonymous.json()).name).toBe('Nestje');

    await signInAs(page, DEMO.parent);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
    const manifest = await page.request.get('/manifest.webmanifest');
    expect(manifest.headers()['content-type']).toContain('application/manifest+json');
    const body = await manifest.json();
    expect(body.name).toBe(DEMO_ORGANISATION);
    expect(body.display).toBe('standalone');

    // The service worker is always checked for a new version.
    const worker = await page.request.get('/sw.js');
    expect(worker.headers()['cache-control']).toBe('no-cache');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/');

    // Online there is no banner; offline a reload still opens the app (the cached shell) and says why.
    const notifications = new NotificationsPage(page);
    await expect(notifications.bell).toBeVisible();
    await expect(notifications.offlineBanner).toHaveCount(0);
    await context.setOffline(true);
    await expect(notifications.offlineBanner).toBeVisible();
    await page.reload();
    await expect(notifications.offlineBanner).toHaveText('Geen verbinding: je ziet wat eerder is geladen.');
    await context.setOffline(false);
    await expect(notifications.offlineBanner).toHaveCount(0);
  });

  test('a push message is shown by the service worker with its title, text and page', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['notifications']);
    await signInAs(page, DEMO.parent);
    await page.evaluate(async () => navigator.serviceWorker.ready);
    // Chromium's DevTools protocol hands the service worker a push message as a push service would.
    const cdp = await context.newCDPSession(page);
    const registered = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((r: { scopeURL: string }) => new URL(r.scopeURL).pathname === '/');
        if (ours) resolve(ours.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    const registrationId = await registered;
    const payload = {
      title: 'Nieuw bericht van Mila Jansen',
      body: 'Ties de Vries · Knuffel: Hij ligt in zijn tas.',
      url: '/berichten/00000000-0000-4000-8000-000000000001',
      tag: 'thread:00000000-0000-4000-8000-000000000001',
      notificationId: '00000000-0000-4000-8000-000000000002',
    };
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: new URL(page.url()).origin,
      registrationId,
      data: JSON.stringify(payload),
    });
    const shown = async () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return (await registration.getNotifications()).map((n) => ({
          title: n.title,
          body: n.body,
          tag: n.tag,
          url: n.data?.url,
        }));
      });
    await expect
      .poll(shown)
      .toEqual([{ title: payload.title, body: payload.body, tag: payload.tag, url: payload.url }]);
  });

  test('staff answer a thread; the parent’s bell goes up without reloading and leads to the thread', async ({
    browser,
    page,
  }) => {
    test.slow(); // two accounts
    const subject = `Slaapzak ${Date.now()}`;

    await signInAs(page, DEMO.parent);
    const parentMessages = new MessagesPage(page);
    await parentMessages.openAsParent();
    await parentMessages.write('Ties de Vries', 'Floris', subject, 'Mag de slaapzak mee naar huis?');
    const threadUrl = page.url();
    const notifications = new NotificationsPage(page);
    // The parent keeps the portal open on Mijn kind; from here on nothing reloads this page.
    await page.getByRole('link', { name: 'Mijn kind' }).first().click();
    await expect(notifications.bell).toBeVisible();
    const before = await notifications.unread();

    const staffPage = await browser.newPage();
    await signInAs(staffPage, DEMO.staff);
    const staff = new MessagesPage(staffPage);
    await staff.openAsStaff('Floris');
    await staff.thread(subject).click();
    await expect(staffPage.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
    await staff.answer('Ja hoor, hij ligt in zijn mandje.');
    await staffPage.close();

    // Live: the bell counts the answer within seconds, well before any poll would.
    await expect.poll(() => notifications.unread(), { timeout: 10_000 }).toBe(before + 1);
    await notifications.openList();
    const item = notifications.item(subject);
    await expect(item).toContainText('Nieuw bericht van Mila Jansen');
    await expect(item).toContainText('Nieuw');
    await item.click();
    await expect(page).toHaveURL(threadUrl);
    await expect(page.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
    await expect.poll(() => notifications.unread()).toBe(before);
  });
});
