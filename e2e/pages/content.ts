import { expect, type Locator, type Page } from '@playwright/test';
import type { AttachmentFile } from './messages.ts';

/** Beheer → Inhoud (S6) for staff, and Nieuws on Mijn locatie (P16) for parents. */
export class ContentPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** Staff: Beheer → Inhoud, the news tab. */
  async openStaff(): Promise<void> {
    await this.page.getByTestId('staff-nav').getByRole('link', { name: 'Inhoud' }).click();
    await expect(this.page.getByRole('heading', { name: 'Inhoud', level: 1 })).toBeVisible();
  }

  /**
   * Staff: "Nieuwsbericht schrijven" — title, text (typed into the rich text editor), one audience, published now,
   * with PDFs attached (each fully uploaded first).
   */
  async publishNews(title: string, text: string, audience: string, files: AttachmentFile[]): Promise<void> {
    await this.page.getByRole('link', { name: 'Nieuwsbericht schrijven' }).click();
    await expect(this.page.getByRole('heading', { name: 'Nieuwsbericht schrijven', level: 1 })).toBeVisible();
    await this.page.getByRole('textbox', { name: 'Titel' }).fill(title);
    const editor = this.page.getByTestId('content-editor');
    await editor.click();
    await editor.pressSequentially(text);
    await this.page.getByRole('combobox', { name: 'Doelgroep' }).click();
    await this.page.getByRole('option', { name: audience, exact: true }).click();
    await expect(this.page.getByRole('radio', { name: 'Nu publiceren' })).toBeChecked();
    await this.page.locator('input[type="file"]').setInputFiles(files);
    const rows = this.page.getByTestId('upload-item');
    await expect(rows).toHaveCount(files.length);
    for (const row of await rows.all()) await expect(row).toContainText('Klaar');
    await this.page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(this.page.getByText('Het item is gepubliceerd.')).toBeVisible();
  }

  /** Staff: the row of an item in the open tab's list. */
  staffRow(title: string): Locator {
    return this.page.getByTestId('staff-content-row').filter({ hasText: title });
  }

  /** Parent: Mijn locatie. */
  async openMyLocation(): Promise<void> {
    await this.page.goto('/mijn-locatie');
    await expect(this.page.getByRole('heading', { name: 'Mijn locatie', level: 1 })).toBeVisible();
  }

  /** Parent: the news section's list on Mijn locatie. */
  get newsList(): Locator {
    return this.page.getByRole('list', { name: 'Nieuwsberichten' });
  }

  /** Parent: a news item of the list, by its title. */
  newsRow(title: string): Locator {
    return this.newsList.getByRole('link').filter({ hasText: title });
  }

  /** Parent: the PDF rows (paperclip, name, size) of the open item. */
  get attachments(): Locator {
    return this.page.getByTestId('document-attachment');
  }

  /** Parent: the body of the open item, as shown. */
  get body(): Locator {
    return this.page.getByTestId('content-body');
  }
}
