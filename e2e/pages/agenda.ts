import { expect, type Locator, type Page } from '@playwright/test';

/** The parent's Agenda (P7): days with care moments, more on scrolling, and its actions. */
export class AgendaPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.goto('/agenda');
    await expect(this.page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
    await expect(this.days().first()).toBeVisible();
  }

  days(): Locator {
    return this.page.getByTestId('agenda-day');
  }

  /** A day by its date (`YYYY-MM-DD`). */
  day(date: string): Locator {
    return this.page.locator(`[data-testid="agenda-day"][data-date="${date}"]`);
  }

  items(date: string): Locator {
    return this.day(date).getByTestId('agenda-item');
  }

  async scrollToEnd(): Promise<void> {
    await this.days().last().scrollIntoViewIfNeeded();
    await this.page.mouse.wheel(0, 10_000);
  }
}

/** "Dag aanvragen" (P8–P10). */
export class RequestDayPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.goto('/agenda/dag-aanvragen');
    await expect(this.page.getByRole('heading', { name: 'Dag aanvragen', level: 1 })).toBeVisible();
  }

  async chooseDate(date: string): Promise<void> {
    await this.page.getByLabel('Datum', { exact: true }).fill(date);
  }

  /** A child's part of the form. */
  child(firstName: string): Locator {
    return this.page.getByTestId('request-child').filter({ hasText: firstName });
  }

  /** A day part of a child, by the product's name. */
  dayPart(firstName: string, product: string): Locator {
    return this.child(firstName).getByRole('radio', { name: new RegExp(product) });
  }

  /**
   * Pays the child's day part by invoice. Where the child has a credit that could pay, the form offers a choice
   * (with the credit suggested); otherwise the invoice is the only way and there is nothing to choose.
   */
  async payByInvoice(firstName: string): Promise<void> {
    const choice = this.page.getByRole('radiogroup', { name: `Betaling voor ${firstName}` });
    if ((await choice.count()) > 0) await choice.getByRole('radio', { name: 'Factuur' }).check();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Indienen' }).click();
  }
}

/** The Aanvragenoverzicht (P15): lines with status, details and cancel (P12). */
export class RequestsOverviewPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.goto('/agenda/aanvragen');
    await expect(this.page.getByRole('heading', { name: 'Aanvragenoverzicht', level: 1 })).toBeVisible();
  }

  /** The lines of a child on a date as the list writes it (e.g. "di 9 feb"). */
  line(childName: string, dayHeader: string): Locator {
    return this.page
      .getByTestId('request-line')
      .filter({ hasText: childName })
      .filter({ hasText: dayHeader });
  }
}
