import { expect, type Locator, type Page } from '@playwright/test';

/** "Afwezigheid doorgeven" (P14): a day or a period, per child the planned day parts, a reason. */
export class AbsencePage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.goto('/agenda/afwezigheid');
    await this.expectOpen();
  }

  async expectOpen(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Afwezigheid doorgeven', level: 1 })).toBeVisible();
  }

  async choosePeriod(from: string, to: string): Promise<void> {
    await this.page.getByText('Periode', { exact: true }).click();
    await this.page.getByLabel('Van', { exact: true }).fill(from);
    await this.page.getByLabel('Tot en met', { exact: true }).fill(to);
  }

  /** A child's part of the form. */
  child(firstName: string): Locator {
    return this.page.getByTestId('absence-child').filter({ hasText: firstName });
  }

  /** A child's day part on a date (`YYYY-MM-DD`), by its times as the form writes them ("12:30–18:30"). */
  dayPart(firstName: string, date: string, times: string): Locator {
    return this.child(firstName)
      .locator(`[data-testid="absence-date"][data-date="${date}"]`)
      .getByRole('checkbox', { name: new RegExp(times) });
  }

  async chooseReason(reason: 'Ziek' | 'Vakantie' | 'Overig'): Promise<void> {
    await this.page.getByRole('radio', { name: reason }).check();
  }

  summary(): Locator {
    return this.page.getByTestId('absence-summary');
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Doorgeven' }).click();
  }
}

/** The absence lines of the Aanvragenoverzicht (P15). */
export class AbsenceOverview {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.goto('/agenda/aanvragen');
    await expect(this.page.getByRole('heading', { name: 'Aanvragenoverzicht', level: 1 })).toBeVisible();
  }

  /** The absence lines of a child on a date as the list writes it (e.g. "ma 8 feb"). */
  line(childName: string, dayHeader: string): Locator {
    return this.page
      .getByTestId('absence-line')
      .filter({ hasText: childName })
      .filter({ hasText: dayHeader });
  }
}
