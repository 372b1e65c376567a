import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'nestje-demo';
export const DEMO = {
  parent: 'ouder@demo.nestje.nl',
  parent2: 'ouder2@demo.nestje.nl',
  staff: 'medewerker@demo.nestje.nl',
  planner: 'planner@demo.nestje.nl',
  admin: 'beheer@demo.nestje.nl',
};

/** The sign-in page as in the manual: E-mailadres, Wachtwoord, Inloggen, Wachtwoord vergeten? */
export class SignInPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.goto('/inloggen');
    await expect(this.page.getByRole('heading', { name: 'Inloggen', exact: true })).toBeVisible();
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    await this.page.getByLabel('E-mailadres').fill(email);
    await this.page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  }
}

/** Signs in from a fresh page and waits until the app has landed. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(email, password);
  await expect(page).not.toHaveURL(/\/inloggen/);
}
