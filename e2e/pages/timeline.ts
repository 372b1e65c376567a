import { expect, type Locator, type Page } from '@playwright/test';
import type { UploadFile } from '../fixtures/images.ts';

/** The chosen files of an upload list, waiting until each shows "Klaar". */
export async function uploadFiles(page: Page, files: UploadFile[]): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(files);
  for (const file of files) {
    const row = page.getByTestId('upload-item').filter({ hasText: file.name });
    await expect(row).toContainText('Klaar', { timeout: 15_000 });
    await expect(row.getByRole('progressbar', { name: `Voortgang van ${file.name}` })).toBeVisible();
  }
}

/** Mijn kind (P3–P5): the children, the three actions, the feed, a photo full screen, the diary. */
export class MyChildTimeline {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.goto('/mijn-kind');
    await expect(this.page.getByRole('heading', { name: 'Mijn kind', level: 1 })).toBeVisible();
  }

  get feed(): Locator {
    return this.page.getByRole('region', { name: 'Dagverslagen en foto’s' });
  }

  /** A post or diary entry of the feed, by a piece of its text. */
  item(text: string): Locator {
    return this.feed.getByRole('article').filter({ hasText: text });
  }

  /** The full-screen viewer. */
  get viewer(): Locator {
    return this.page.getByRole('dialog');
  }

  async writeDiary(childFirstName: string, text: string, files: UploadFile[]): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Acties' })
      .getByRole('link', { name: 'Dagboek schrijven' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Dagboek schrijven', level: 1 })).toBeVisible();
    const child = this.page.getByRole('combobox', { name: 'Kind' });
    if (await child.isVisible()) {
      await child.click();
      await this.page.getByRole('option', { name: childFirstName, exact: true }).click();
    }
    await this.page.getByRole('textbox', { name: 'Tekst' }).fill(text);
    await uploadFiles(this.page, files);
    await this.page.getByRole('button', { name: 'Versturen' }).click();
  }
}

/** Beheer → Tijdlijn (S4): a group's timeline and "Foto's plaatsen" with tagging. */
export class StaffTimeline {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.getByTestId('staff-nav').getByRole('link', { name: 'Tijdlijn' }).click();
    await expect(this.page.getByRole('heading', { name: 'Tijdlijn', level: 1 })).toBeVisible();
  }

  /** Chooses the group (a staff member may work in several). */
  async chooseGroup(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Groep' }).click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(this.page.getByRole('combobox', { name: 'Groep' })).toHaveValue(name);
  }

  async startPost(): Promise<void> {
    await this.page.getByRole('link', { name: 'Foto’s plaatsen' }).click();
    await expect(this.page.getByRole('heading', { name: 'Foto’s plaatsen', level: 1 })).toBeVisible();
  }

  /** The checkbox of a child in the n-th photo. */
  tag(childName: string, n: number): Locator {
    return this.page.getByRole('checkbox', { name: `${childName} op foto ${n}` });
  }

  get postButton(): Locator {
    return this.page.getByRole('button', { name: 'Plaatsen', exact: true });
  }

  refusals(n: number): Locator {
    return this.page
      .getByTestId('photo-tagger')
      .nth(n - 1)
      .getByTestId('tag-refusal');
  }

  get feed(): Locator {
    return this.page.getByRole('region', { name: 'Tijdlijn van de groep' });
  }
}
