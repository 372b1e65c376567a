import { expect, test } from '@playwright/test';
import { linkFromMailbox } from '../../fixtures/mailbox.ts';
import { runTag, SetupPages } from '../../pages/setup.ts';
import { DEMO, signInAs } from '../../pages/sign-in.ts';

test.beforeEach(async ({ page }) => {
  await signInAs(page, DEMO.admin);
});

test('an admin adds a location, a group with opening hours and a care product, and finds them by searching', async ({
  page,
}) => {
  test.slow(); // three records made through the UI, each found again by searching
  const tag = runTag();
  const setup = new SetupPages(page);
  const location = `Locatie ${tag}`;
  const group = `Egeltjes ${tag}`;
  const product = `Ochtend ${tag}`;

  // Location
  await setup.open('Locaties');
  await page.getByRole('link', { name: 'Nieuwe locatie' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe locatie', level: 2 })).toBeVisible();
  await page.getByLabel('Naam', { exact: true }).fill(location);
  await page.getByLabel('Straat', { exact: true }).fill('Kruisweg');
  await page.getByLabel('Huisnummer', { exact: true }).fill('12');
  await page.getByLabel('Postcode', { exact: true }).fill('2011ld');
  await page.getByLabel('Plaats', { exact: true }).fill('Haarlem');
  await page.getByRole('button', { name: 'Locatie toevoegen' }).click();
  await expect(setup.notification(`Locatie ${location} is toegevoegd.`)).toBeVisible();
  const locations = page.getByTestId('locations-list');
  await setup.search('Zoek op naam of plaats', tag, locations, 1);
  await expect(locations.getByRole('row', { name: new RegExp(location) })).toContainText('2011 LD Haarlem');
  await page.getByLabel('Zoek op naam of plaats', { exact: true }).fill(`geen-${tag}`);
  await expect(page.getByTestId('empty-state')).toContainText(`Niets gevonden voor ‘geen-${tag}’`);

  // Group with opening hours: closed on Wednesday, shorter on Monday and Friday
  await setup.openPart('Groepen');
  await page.getByRole('link', { name: 'Nieuwe groep' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe groep', level: 2 })).toBeVisible();
  await setup.choose('Locatie', location);
  await page.getByLabel('Naam', { exact: true }).fill(group);
  await page.getByLabel('Kindplaatsen', { exact: true }).fill('14');
  await page.getByLabel('Open op woensdag', { exact: true }).uncheck();
  await page.getByLabel('Open tot op maandag', { exact: true }).fill('17:00');
  await page.getByLabel('Open tot op vrijdag', { exact: true }).fill('12:30');
  await page.getByRole('button', { name: 'Groep toevoegen' }).click();
  await expect(setup.notification(`Groep ${group} is toegevoegd.`)).toBeVisible();
  const groups = page.getByTestId('groups-list');
  await setup.search('Zoek op naam', tag, groups, 1);
  const groupRow = groups.getByRole('row', { name: new RegExp(group) });
  await expect(groupRow).toContainText(location);
  await expect(groupRow).toContainText('ma 07:30–17:00');
  await expect(groupRow).toContainText('do 07:30–18:30');
  await expect(groupRow).toContainText('vr 07:30–12:30');
  await expect(groupRow).not.toContainText('wo 07:30');

  // The saved opening hours come back in the editor.
  await groupRow.getByRole('link', { name: group }).click();
  await expect(page.getByLabel('Open op woensdag', { exact: true })).not.toBeChecked();
  await expect(page.getByLabel('Open tot op maandag', { exact: true })).toHaveValue('17:00');

  // Care product with a price in euros, offered by the new group
  await setup.openPart('Producten');
  await page.getByRole('link', { name: 'Nieuw product' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuw product', level: 2 })).toBeVisible();
  await page.getByLabel('Naam', { exact: true }).fill(product);
  await page.getByLabel('Begintijd', { exact: true }).fill('07:30');
  await page.getByLabel('Eindtijd', { exact: true }).fill('13:00');
  await page.getByRole('checkbox', { name: 'vrijdag' }).uncheck();
  await page.getByLabel('Uurtarief', { exact: true }).fill('9,25');
  await setup.choose('Groepen', group);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Product toevoegen' }).click();
  await expect(setup.notification(`Product ${product} is toegevoegd.`)).toBeVisible();
  const products = page.getByTestId('products-list');
  await setup.search('Zoek op naam', tag, products, 1);
  const productRow = products.getByRole('row', { name: new RegExp(product) });
  await expect(productRow).toContainText('07:30–13:00');
  await expect(productRow).toContainText('ma–do');
  await expect(productRow).toContainText(/€\s9,25 per uur/);
  await expect(productRow).toContainText(group);

  // The audit log names what happened, by whom.
  await setup.openPart('Logboek');
  await setup.choose('Onderwerp', 'Producten');
  const log = page.getByTestId('audit-list');
  await expect(log.getByRole('row', { name: new RegExp(product) }).first()).toContainText(
    'Product toegevoegd',
  );
});

test('a field error shows next to its field, from the form and from the server', async ({ page }) => {
  const setup = new SetupPages(page);
  await setup.open('Groepen');
  await page.getByRole('link', { name: 'Nieuwe groep' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe groep', level: 2 })).toBeVisible();
  await page.getByLabel('Naam', { exact: true }).fill(`Foutje ${runTag()}`);
  const closes = page.getByLabel('Open tot op dinsdag', { exact: true });
  await closes.fill('07:00');
  await page.getByRole('button', { name: 'Groep toevoegen' }).click();
  await expect(closes).toHaveAttribute('aria-invalid', 'true');
  await expect(closes).toHaveAccessibleDescription('De eindtijd moet na de begintijd liggen.');

  // An address already in use is refused by the server, and said at the e-mail field.
  await setup.openPart('Medewerkers');
  await page.getByRole('link', { name: 'Medewerker uitnodigen' }).click();
  await expect(page.getByRole('heading', { name: 'Medewerker uitnodigen', level: 2 })).toBeVisible();
  await page.getByLabel('Voornaam', { exact: true }).fill('Dubbel');
  await page.getByLabel('Achternaam', { exact: true }).fill('Adres');
  await page.getByLabel('E-mailadres', { exact: true }).fill(DEMO.planner);
  await setup.choose('Groep (rol 1)', 'Hamsters verticaal');
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  const email = page.getByLabel('E-mailadres', { exact: true });
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/Er is al een medewerker met dit e-mailadres/);
});

test('changing the primary colour recolours the header at once', async ({ page }) => {
  const setup = new SetupPages(page);
  await setup.open('Instellingen');
  const colour = page.getByLabel('Hoofdkleur', { exact: true });
  const original = await colour.inputValue();
  const header = page.locator('header');
  const next = original.toLowerCase() === '#1864ab' ? '#5f3dc4' : '#1864ab';
  const rgb = next === '#1864ab' ? 'rgb(24, 100, 171)' : 'rgb(95, 61, 196)';
  try {
    await colour.fill(next);
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(setup.notification('De instellingen zijn opgeslagen.')).toBeVisible();
    await expect(header).toHaveCSS('border-bottom-color', rgb);
    // Parents see it on their next load too: it is the organisation's branding.
    await page.reload();
    await expect(header).toHaveCSS('border-bottom-color', rgb);
  } finally {
    // Leave the shared demo organisation as it was for the other specs.
    await colour.fill(original);
    const saved = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/v1/organisation/settings') && response.request().method() === 'PATCH',
    );
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    expect((await saved).ok()).toBe(true);
  }
});

test('an admin invites a staff member, the mail arrives, and deactivating ends the account', async ({
  page,
}) => {
  const tag = runTag();
  const setup = new SetupPages(page);
  const email = `collega-${tag}@example.nl`;
  await setup.open('Medewerkers');
  await page.getByRole('link', { name: 'Medewerker uitnodigen' }).click();
  await expect(page.getByRole('heading', { name: 'Medewerker uitnodigen', level: 2 })).toBeVisible();
  await page.getByLabel('Voornaam', { exact: true }).fill('Sam');
  await page.getByLabel('Achternaam', { exact: true }).fill(`Collega ${tag}`);
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await setup.choose('Groep (rol 1)', 'Hamsters verticaal');
  await page.getByRole('button', { name: 'Rol toevoegen' }).click();
  await setup.choose('Rol 2', 'Planner');
  await setup.choose('Geldt voor (rol 2)', 'Eén locatie');
  await setup.choose('Locatie (rol 2)', 'Haarlem');
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(setup.notification(`De uitnodiging is verstuurd naar ${email}.`)).toBeVisible();

  const staff = page.getByTestId('staff-list');
  await setup.search('Zoek op naam of e-mailadres', tag, staff, 1);
  const row = staff.getByRole('row', { name: new RegExp(`Collega ${tag}`) });
  await expect(row.getByTestId('invitation-status')).toHaveText('Uitgenodigd');
  await expect(row).toContainText('Pedagogisch medewerker · Hamsters verticaal');
  await expect(row).toContainText('Planner · Haarlem');

  // The activation mail is in the dev mailbox.
  expect(await linkFromMailbox(page, email, '/activeren')).toMatch(/^\/activeren#token=/);

  // Deactivating asks first and says that sessions end at once.
  await row.getByRole('link', { name: `Sam Collega ${tag}` }).click();
  await page.getByRole('button', { name: 'Deactiveren' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('alle sessies eindigen meteen');
  await dialog.getByRole('button', { name: 'Deactiveren' }).click();
  await expect(setup.notification(`Sam Collega ${tag} is gedeactiveerd en overal uitgelogd.`)).toBeVisible();
  await expect(page.getByTestId('invitation-status')).toHaveText('Gedeactiveerd');
  await expect(page.getByRole('button', { name: 'Weer activeren' })).toBeVisible();
});

test('the audit log is for organisation admins only', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, DEMO.planner);
  await page.goto('/beheer/organisatie/logboek');
  await expect(page.getByRole('navigation', { name: 'Onderdelen van de organisatie' })).toHaveCount(0);
  await expect(page.getByText('Dit onderdeel hoort niet bij jouw rol.')).toBeVisible();
});

/** A 2×2 PNG, small enough to write here; the server re-encodes whatever it gets. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGPQz48DIgYIBQAa4gPx4AkbgQAAAABJRU5ErkJggg==',
  'base64',
);

test('a logo is previewed, saved into the header, and removed again', async ({ page }) => {
  const setup = new SetupPages(page);
  await setup.open('Instellingen');
  const headerLogo = page.locator('header img');
  await expect(headerLogo).toHaveCount(0);

  await page.locator('input[type="file"]').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: TINY_PNG,
  });
  await expect(page.getByRole('img', { name: 'Voorbeeld van het gekozen logo' })).toBeVisible();
  await page.getByRole('button', { name: 'Logo opslaan' }).click();
  await expect(setup.notification('Het logo is opgeslagen.')).toBeVisible();
  await expect(headerLogo).toHaveAttribute('src', /\/logo/);
  await expect(page.getByRole('img', { name: 'Huidig logo van de organisatie' })).toBeVisible();

  await page.getByRole('button', { name: 'Logo verwijderen' }).click();
  await expect(setup.notification('Het logo is verwijderd.')).toBeVisible();
  await expect(headerLogo).toHaveCount(0);
});

test('a closing day is added, found by its description, and removed again', async ({ page }) => {
  const setup = new SetupPages(page);
  const description = `Studiedag ${runTag()}`;
  // A date well ahead, unique per run: a location can have one closing day per date.
  const day = new Date(Date.UTC(2031, 0, 1) + Math.floor(Math.random() * 3000) * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  await setup.open('Sluitingsdagen');
  await page.getByLabel('Datum', { exact: true }).fill(date);
  await page.getByLabel('Omschrijving', { exact: true }).fill(description);
  await setup.choose('Locatie', 'Haarlem');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  const list = page.getByTestId('closing-days-list');
  const row = list.getByRole('row', { name: new RegExp(description) });
  await expect(row).toContainText('Haarlem');
  // The list is searched by description.
  await page.getByLabel('Zoek op omschrijving').fill('geen-dag-heet-zo');
  await expect(page.getByText(/Niets gevonden voor/)).toBeVisible();
  await page.getByLabel('Zoek op omschrijving').fill(description);
  await expect(list.getByRole('row')).toHaveCount(2);

  await row.getByRole('button', { name: /Sluitingsdag .* verwijderen/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(row).toHaveCount(0);
});

test('an extra holiday week is added to a location, listed, and removed again', async ({ page }) => {
  const setup = new SetupPages(page);
  const description = `Studieweek ${runTag()}`;
  // A week well ahead, unique per run: the periods of one location may not overlap.
  const monday = new Date(Date.UTC(2035, 0, 1) + Math.floor(Math.random() * 500) * 7 * 86_400_000);
  const friday = new Date(monday.getTime() + 4 * 86_400_000);
  await setup.open('Vakanties');
  await expect(page.getByRole('heading', { name: 'Schoolvakanties', level: 3 })).toBeVisible();
  const form = page.getByRole('region', { name: 'Afwijking toevoegen' });
  await setup.choose('Locatie', 'Haarlem');
  await setup.choose('Soort', 'Extra vakantie');
  await form.getByLabel('Van', { exact: true }).fill(monday.toISOString().slice(0, 10));
  await form.getByLabel('Tot en met', { exact: true }).fill(friday.toISOString().slice(0, 10));
  await form.getByLabel('Omschrijving', { exact: true }).fill(description);
  await form.getByRole('button', { name: 'Toevoegen', exact: true }).click();

  const row = page.getByTestId('holiday-periods-list').getByRole('row', { name: new RegExp(description) });
  await expect(row).toContainText('Haarlem');
  await expect(row).toContainText('Extra vakantie');

  await row.getByRole('button', { name: /Afwijking .* verwijderen/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(row).toHaveCount(0);
});

test('an admin sets the minimum lead time for BSO and sees it saved after a reload', async ({ page }) => {
  const setup = new SetupPages(page);
  await setup.open('Planningsbeleid');
  await expect(
    page.getByText('Een dagdeel kan worden aangevraagd tot zoveel uur voordat het begint.'),
  ).toBeVisible();
  const bso = page.getByLabel('BSO: Minimale aanvraagtermijn', { exact: true });
  await bso.fill('48');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(setup.notification('Het planningsbeleid is opgeslagen.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Planningsbeleid', level: 2 })).toBeVisible();
  await expect(page.getByLabel('BSO: Minimale aanvraagtermijn', { exact: true })).toHaveValue('48');
  await expect(page.getByLabel('KDV: Minimale aanvraagtermijn', { exact: true })).toHaveValue('');

  // Empty again: BSO follows the organisation.
  await page.getByLabel('BSO: Minimale aanvraagtermijn', { exact: true }).fill('');
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/planning-policy') && r.request().method() === 'PUT' && r.ok(),
  );
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await saved;
});
