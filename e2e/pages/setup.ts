import { expect, type Locator, type Page } from '@playwright/test';

/** A short tag unique to this run, so records made here never clash with other specs on the shared database. */
export function runTag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** Organisation setup in the back office: its parts as links under the heading "Organisatie". */
export class SetupPages {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  get parts(): Locator {
    return this.page.getByRole('navigation', { name: 'Onderdelen van de organisatie' });
  }

  async open(part?: string): Promise<void> {
    await this.page.getByTestId('staff-nav').getByRole('link', { name: 'Organisatie' }).click();
    await expect(this.page.getByRole('heading', { name: 'Organisatie', level: 1 })).toBeVisible();
    if (part) await this.openPart(part);
  }

  async openPart(part: string): Promise<void> {
    await this.parts.getByRole('link', { name: part, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: part, level: 2 })).toBeVisible();
  }

  /** Chooses an option of a Mantine select (or adds one to a multi-select) by the field's label. */
  async choose(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Types in a list's search box and waits until the list shows `expected` rows. */
  async search(label: string, text: string, list: Locator, expected: number): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(text);
    await expect(list.getByRole('row')).toHaveCount(expected + 1); // + the header row
  }

  /** A success message at the top of the screen. */
  notification(text: string | RegExp): Locator {
    return this.page.locator('.mantine-Notification-root').filter({ hasText: text });
  }
}
