import { expect, type Locator, type Page } from '@playwright/test';

export interface NewGuardian {
  firstName: string;
  lastName: string;
  email: string;
}

export interface NewPlacement {
  group: string;
  placementType: string;
  /** `YYYY-MM-DD`. */
  startDate: string;
  /** Weekday label (Maandag…) → product name. */
  days: Record<string, string>;
}

/** Chooses an option of a Mantine select by the select's label. */
export async function choose(scope: Page | Locator, label: string, option: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The back office's Gezinnen: the list, a new family, the child file and the import. */
export class FamiliesPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.getByTestId('staff-nav').getByRole('link', { name: 'Gezinnen' }).click();
    await expect(this.page.getByRole('heading', { name: 'Gezinnen', level: 1 })).toBeVisible();
  }

  async search(text: string): Promise<Locator> {
    await this.page.getByRole('searchbox', { name: 'Zoeken' }).fill(text);
    await expect(this.page).toHaveURL(new RegExp(`zoek=${encodeURIComponent(text)}`));
    return this.page.getByTestId('families-table');
  }

  /** Fills "Nieuw gezin" (or "Kind toevoegen" with the guardians taken over) for the child, then saves. */
  async fillChild(child: { firstName: string; lastName?: string; birthDate: string; location?: string }) {
    const fieldset = this.page.getByRole('group', { name: 'Kind', exact: true });
    await fieldset.getByLabel('Voornaam', { exact: true }).fill(child.firstName);
    if (child.lastName) await fieldset.getByLabel('Achternaam', { exact: true }).fill(child.lastName);
    await fieldset.getByLabel('Geboortedatum', { exact: true }).fill(child.birthDate);
    if (child.location) await choose(fieldset, 'Locatie', child.location);
  }

  /** Guardian `number` (1-based) of the new family form, entered as a new guardian. */
  async fillGuardian(number: number, guardian: NewGuardian): Promise<void> {
    const fieldset = this.page.getByRole('group', { name: `Ouder ${number}`, exact: true });
    await fieldset.getByLabel('Voornaam', { exact: true }).fill(guardian.firstName);
    await fieldset.getByLabel('Achternaam', { exact: true }).fill(guardian.lastName);
    await fieldset.getByLabel('E-mailadres', { exact: true }).fill(guardian.email);
  }

  async saveFamily(childName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Gezin opslaan' }).click();
    await expect(this.page.getByRole('heading', { name: childName, level: 1 })).toBeVisible();
    await expect(this.page).toHaveURL(/\/beheer\/gezinnen\/kinderen\//);
  }

  /** On the child file: "Plaatsing toevoegen" with a group, type, start and weekly pattern. */
  async addPlacement(placement: NewPlacement): Promise<void> {
    await this.page.getByRole('button', { name: 'Plaatsing toevoegen' }).click();
    await choose(this.page, 'Groep', placement.group);
    await this.page.getByLabel('Type plaatsing', { exact: true }).fill(placement.placementType);
    await this.page.getByLabel('Eerste opvangdag', { exact: true }).fill(placement.startDate);
    for (const [weekday, product] of Object.entries(placement.days)) {
      await choose(this.page, weekday, product);
    }
    await this.page.getByRole('button', { name: 'Plaatsing opslaan' }).click();
    await expect(this.page.getByTestId('placement').filter({ hasText: placement.group })).toBeVisible();
  }

  guardianCard(name: string): Locator {
    return this.page.getByTestId('guardian-card').filter({ hasText: name });
  }
}

/** The import page: location, file, "Controleren", the report and "Importeren". */
export class ImportPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Importeren' }).click();
    await expect(this.page.getByRole('heading', { name: 'Gezinnen importeren', level: 1 })).toBeVisible();
  }

  async check(location: string, fileName: string, csv: string): Promise<Locator> {
    await choose(this.page, 'Locatie', location);
    await this.page
      .locator('input[type="file"]')
      .setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await this.page.getByRole('button', { name: 'Controleren' }).click();
    const report = this.page.getByTestId('import-report');
    await expect(report).toContainText(fileName);
    return report;
  }
}
