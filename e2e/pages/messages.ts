import { expect, type Locator, type Page } from '@playwright/test';

/** A file to attach, made in the test (a photo or a PDF). */
export interface AttachmentFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Berichten (P6) for a parent and Beheer → Berichten (S5) for staff: threads, writing and answering. */
export class MessagesPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** The parent's threads (`/berichten`). */
  async openAsParent(): Promise<void> {
    await this.page.goto('/berichten');
    await expect(this.page.getByRole('heading', { name: 'Berichten', level: 1 })).toBeVisible();
  }

  /** Staff: the inbox of a group. */
  async openAsStaff(group: string): Promise<void> {
    await this.page.getByTestId('staff-nav').getByRole('link', { name: 'Berichten' }).click();
    await expect(this.page.getByRole('heading', { name: 'Berichten', level: 1 })).toBeVisible();
    const select = this.page.getByRole('combobox', { name: 'Groep' });
    await select.click();
    await this.page.getByRole('option', { name: new RegExp(`^${group}( \\(\\d+ nieuw\\))?$`) }).click();
    await expect(select).toHaveValue(new RegExp(`^${group}`));
  }

  /** The list of threads shown (the parent's, or the group's inbox). */
  get list(): Locator {
    return this.page.getByRole('list', { name: /^Berichten( van de groep)?$/ });
  }

  /** A thread of the list, by its subject. */
  thread(subject: string): Locator {
    return this.list.getByRole('link').filter({ hasText: subject });
  }

  /**
   * "Bericht schrijven": the child, the group when asked, a subject and the text; `files` (photos, PDFs) are
   * attached and fully uploaded before it is sent.
   */
  async write(
    child: string,
    group: string | null,
    subject: string,
    text: string,
    files: AttachmentFile[] = [],
  ): Promise<void> {
    await this.page.getByRole('link', { name: 'Bericht schrijven' }).first().click();
    await expect(this.page.getByRole('heading', { name: 'Bericht schrijven', level: 1 })).toBeVisible();
    await this.page.getByRole('combobox', { name: 'Kind' }).click();
    await this.page.getByRole('option', { name: child, exact: true }).click();
    if (group) {
      await this.page.getByRole('combobox', { name: 'Groep' }).click();
      await this.page.getByRole('option', { name: group, exact: true }).click();
    }
    await this.page.getByRole('textbox', { name: 'Onderwerp' }).fill(subject);
    await this.page.getByRole('textbox', { name: /^Bericht/ }).fill(text);
    if (files.length > 0) await this.attach(files);
    await this.page.getByRole('button', { name: 'Versturen' }).click();
    await expect(this.page.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
  }

  /** Chooses files in the open form's file input and waits until each one is uploaded ("Klaar"). */
  async attach(files: AttachmentFile[]): Promise<void> {
    await this.page.locator('input[type="file"]').setInputFiles(files);
    const rows = this.page.getByTestId('upload-item');
    await expect(rows).toHaveCount(files.length);
    for (const row of await rows.all()) await expect(row).toContainText('Klaar');
  }

  /** The PDF rows (paperclip, name, size) of a message of the open thread. */
  documents(message: Locator): Locator {
    return message.getByTestId('document-attachment');
  }

  /** The messages of the open thread, oldest first. */
  get messages(): Locator {
    return this.page.getByRole('region', { name: 'Berichten in dit gesprek' }).getByRole('article');
  }

  async answer(text: string): Promise<void> {
    const count = await this.messages.count();
    await this.page.getByRole('textbox', { name: 'Antwoord' }).fill(text);
    await this.page.getByRole('button', { name: 'Versturen' }).click();
    await expect(this.messages).toHaveCount(count + 1);
  }

  /** The unread count on the parent's "Berichten" menu item; 0 when it shows none. */
  async unreadBadge(): Promise<number> {
    const badge = this.page.getByTestId('side-nav').getByTestId('unread-badge');
    if ((await badge.count()) === 0) return 0;
    return Number(await badge.textContent());
  }
}
