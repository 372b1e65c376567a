import { expect, type Locator, type Page } from '@playwright/test';

/** The back office's Aanvragen: the planner's queue of pending request lines (S3). */
export class AssessmentPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.getByTestId('staff-nav').getByRole('link', { name: 'Aanvragen' }).click();
    await expect(this.page.getByRole('heading', { name: 'Aanvragen beoordelen', level: 1 })).toBeVisible();
  }

  /** One line of the queue, by its id (a line's child and date alone need not be unique in a shared database). */
  line(lineId: string): Locator {
    return this.page.locator(`[data-testid="queue-line"][data-line-id="${lineId}"]`);
  }

  /** The outcome of the last approve or reject. */
  result(): Locator {
    return this.page.getByTestId('decision-result');
  }

  async approve(lineId: string): Promise<void> {
    await this.line(lineId)
      .getByRole('button', { name: /^Goedkeuren/ })
      .click();
  }

  /** Rejects one line with a reason (a reason is required: trying without one is refused next to the field). */
  async reject(lineId: string, reason: string): Promise<void> {
    await this.line(lineId)
      .getByRole('button', { name: /^Afkeuren/ })
      .click();
    const form = this.page.getByTestId('reject-form');
    await form.getByRole('button', { name: 'Afkeuren', exact: true }).click();
    await expect(form.getByText('Vul een reden in.')).toBeVisible();
    await form.getByLabel('Reden').fill(reason);
    await form.getByRole('button', { name: 'Afkeuren', exact: true }).click();
  }

  /** Sets the date filter; '' clears a bound. */
  async filterDates(from: string, to: string): Promise<void> {
    await this.page.getByLabel('Vanaf', { exact: true }).fill(from);
    await this.page.getByLabel('Tot en met', { exact: true }).fill(to);
  }

  emptyState(): Locator {
    return this.page.getByTestId('empty-state');
  }
}
