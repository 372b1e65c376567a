import { expect, type Locator, type Page } from '@playwright/test';

/** The notification centre: the bell in the header, the list (Meldingen) and Overig → Notificaties (P17). */
export class NotificationsPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** Overig → Notificaties, through the link on the Overig page. */
  async openSettings(): Promise<void> {
    await this.page.goto('/overig');
    await this.page.getByRole('link', { name: 'Notificaties', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Notificaties', level: 1 })).toBeVisible();
  }

  /** A switch of the table, e.g. ('E-mail', 'Berichten'). */
  switchFor(channel: 'E-mail' | 'Push', category: string): Locator {
    return this.page.getByRole('switch', { name: `${channel} bij ${category}` });
  }

  /**
   * Flips a switch and waits until the server stored it. The switch's input is drawn over by its track, so it is
   * clicked as a keyboard or screen reader would, on the input itself.
   */
  async flip(channel: 'E-mail' | 'Push', category: string): Promise<void> {
    const saved = this.page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/notifications/preferences') && r.request().method() === 'PUT',
    );
    await this.switchFor(channel, category).dispatchEvent('click');
    expect((await saved).ok()).toBe(true);
  }

  /** The bell in the header: its accessible name carries the unread count. */
  get bell(): Locator {
    return this.page.getByTestId('notification-bell');
  }

  /** The unread count the bell announces; 0 when it says none. */
  async unread(): Promise<number> {
    const label = (await this.bell.getAttribute('aria-label')) ?? '';
    const match = /(\d+) ongelezen/.exec(label);
    return match ? Number(match[1]) : 0;
  }

  /** Opens the list from the bell. */
  async openList(): Promise<void> {
    await this.bell.click();
    await expect(this.page.getByRole('heading', { name: 'Meldingen', level: 1 })).toBeVisible();
  }

  /** An item of the list, by text it contains. */
  item(text: string | RegExp): Locator {
    return this.page.getByRole('list', { name: 'Meldingen' }).getByRole('link').filter({ hasText: text });
  }

  get offlineBanner(): Locator {
    return this.page.getByTestId('offline-banner');
  }
}
