import { expect, type Page } from '@playwright/test';

/** The header's account switcher, present in the parent portal and the staff area. */
export class AccountSwitcher {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.getByTestId('account-switcher').click();
    await expect(this.page.getByTestId('account-menu')).toBeVisible();
  }

  async switchTo(organisationOrName: RegExp): Promise<void> {
    await this.open();
    await this.page.getByRole('menuitem', { name: organisationOrName }).click();
  }
}

/** The parent menu: a bottom bar on a phone, a side bar on a wide screen (P2). */
export function parentNav(page: Page, layout: 'phone' | 'wide') {
  return page.getByTestId(layout === 'phone' ? 'bottom-nav' : 'side-nav');
}

export const PARENT_MENU = ['Mijn kind', 'Berichten', 'Agenda', 'Mijn locatie', 'Overig'];
