import { expect, type Locator, type Page } from '@playwright/test';

/** A child's page in the parent portal (P17, Overig → Kinderen → the child) with its Toestemmingen. */
export class ChildConsentsPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** Goes there the way a parent does: Overig, then the child's name under Kinderen. */
  async openFromOther(childName: string): Promise<void> {
    await this.page.goto('/overig');
    await this.page.getByRole('region', { name: 'Kinderen' }).getByRole('link', { name: childName }).click();
    await expect(this.page.getByRole('heading', { name: childName, level: 1 })).toBeVisible();
    await expect(this.page.getByRole('heading', { name: 'Toestemmingen', level: 2 })).toBeVisible();
  }

  /** One consent item, by its title. */
  item(title: string): Locator {
    return this.page
      .getByTestId('consent-item')
      .filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** The Ja or Nee choice of an item. */
  choice(title: string, answer: 'Ja' | 'Nee'): Locator {
    return this.item(title).getByRole('radio', { name: answer, exact: true });
  }

  /** Chooses Ja or Nee and waits for the confirmation that it was saved. */
  async answer(title: string, answer: 'Ja' | 'Nee'): Promise<void> {
    await this.choice(title, answer).click();
    await expect(this.item(title).getByRole('status')).toHaveText(`Bewaard: ${answer} voor ‘${title}’.`);
  }
}
