import { expect, type Locator, type Page } from '@playwright/test';
import { choose } from './families.ts';

/** The parent's Tegoeden (P17, Overig → Functies → Tegoeden). */
export class CreditsPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** Goes there the way a parent does: Overig, then the Tegoeden link under Functies. */
  async openFromOther(): Promise<void> {
    await this.page.goto('/overig');
    await this.page.getByRole('link', { name: 'Tegoeden' }).click();
    await expect(this.page.getByRole('heading', { name: 'Tegoeden', level: 1 })).toBeVisible();
  }

  async open(): Promise<void> {
    await this.page.goto('/overig/tegoeden');
    await expect(this.page.getByRole('heading', { name: 'Tegoeden', level: 1 })).toBeVisible();
  }

  /** A child's credit, by (part of) its description. */
  credit(childName: string, description: string): Locator {
    return this.page
      .getByTestId('credits-child')
      .filter({ has: this.page.getByRole('heading', { name: childName }) })
      .getByTestId('credit')
      .filter({ hasText: description });
  }
}

export interface NewCredit {
  hours: number;
  minutes?: number;
  validFrom: string;
  validUntil: string;
  description: string;
}

/** The Tegoeden section of a child file in the back office (S7). */
export class ChildCreditsSection {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  section(): Locator {
    return this.page.getByTestId('child-credits');
  }

  /** "Tegoed toekennen" in hours and minutes, as a grant in any week. */
  async grant(credit: NewCredit): Promise<void> {
    const section = this.section();
    await section.getByRole('button', { name: 'Tegoed toekennen' }).click();
    const form = section.getByTestId('grant-credit-form');
    await choose(form, 'Eenheid', 'Uren en minuten');
    await form.getByLabel('Uren', { exact: true }).fill(String(credit.hours));
    if (credit.minutes) await form.getByLabel('Minuten', { exact: true }).fill(String(credit.minutes));
    await form.getByLabel('Geldig vanaf', { exact: true }).fill(credit.validFrom);
    await form.getByLabel('Geldig tot en met', { exact: true }).fill(credit.validUntil);
    await form.getByLabel('Omschrijving', { exact: true }).fill(credit.description);
    await section.getByRole('button', { name: 'Toekennen', exact: true }).click();
    await expect(form).toBeHidden();
  }

  credit(description: string): Locator {
    return this.section().getByTestId('credit').filter({ hasText: description });
  }
}
