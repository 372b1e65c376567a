import { expect, test } from '@playwright/test';
import { CSRF, setClock } from '../../fixtures/clock.ts';
import { linkFromMailbox } from '../../fixtures/mailbox.ts';
import { FamiliesPage, ImportPage } from '../../pages/families.ts';
import { DEMO, signInAs } from '../../pages/sign-in.ts';

/** A date `days` after today (UTC calendar arithmetic is enough for test data), as `YYYY-MM-DD`. */
function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCHours(12, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function minusDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** The next Monday at least `days` from today, so the placement starts on a care day. */
function mondayFromToday(days: number): string {
  const date = new Date(`${daysFromToday(days)}T12:00:00Z`);
  while (date.getUTCDay() !== 1) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const dutchDate = (isoDate: string) => isoDate.split('-').reverse().join('-');

// A unique part per run: the e2e database is shared by the specs of one run, and the spec may run again.
const run = Date.now().toString(36);

test.describe('families (S2, P1)', () => {
  test.afterEach(async ({ request }) => {
    // Whatever happened, the next spec gets the real time back.
    await setClock(request, null);
  });

  test('a planner adds a family with two children; six weeks before care starts the parent is invited and sees both', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const lastName = `Visser-${run}`;
    const eva = { firstName: 'Eva', lastName, email: `eva.${run}@example.nl` };
    const ruben = { firstName: 'Ruben', lastName: `de Boer-${run}`, email: `ruben.${run}@example.nl` };
    const start = mondayFromToday(70);
    const placement = {
      group: 'Hamsters verticaal',
      placementType: 'Flexibel 52 weken',
      startDate: start,
      days: { Maandag: '52 weken flexibel dag', Woensdag: '52 weken flexibel middag' },
    };

    await signInAs(page, DEMO.planner);
    const families = new FamiliesPage(page);
    await families.open();

    // Nieuw gezin: Lotte with two guardians in one household.
    await page.getByRole('link', { name: 'Nieuw gezin' }).click();
    await families.fillChild({ firstName: 'Lotte', lastName, birthDate: '2024-02-10', location: 'Haarlem' });
    await families.fillGuardian(1, eva);
    await page.getByRole('button', { name: 'Tweede ouder toevoegen' }).click();
    await families.fillGuardian(2, ruben);
    // A field left empty is named next to the field, and nothing is sent.
    await page.getByRole('group', { name: 'Kind', exact: true }).getByLabel('Voornaam').fill('');
    await page.getByRole('button', { name: 'Gezin opslaan' }).click();
    await expect(page.getByText('Vul dit veld in.').first()).toBeVisible();
    await families.fillChild({ firstName: 'Lotte', birthDate: '2024-02-10' });
    await families.saveFamily(`Lotte ${lastName}`);

    // Not invited yet: care has not been planned.
    await expect(families.guardianCard('Eva').getByTestId('invitation-status')).toHaveText(
      'Nog niet uitgenodigd',
    );
    await families.addPlacement(placement);
    // Now the invitation is planned six weeks before the first day of care.
    const plannedOn = minusDays(start, 42);
    await expect(families.guardianCard('Eva').getByTestId('invitation-details')).toContainText(
      'automatisch de deur uit',
    );

    // A brother: "Kind toevoegen" takes the guardians over.
    await page.getByRole('link', { name: 'Kind toevoegen' }).click();
    await expect(page.getByRole('heading', { name: 'Kind toevoegen aan het gezin', level: 1 })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Ouder 2', exact: true })).toBeVisible();
    await families.fillChild({ firstName: 'Sem', birthDate: '2025-06-01' });
    await families.saveFamily(`Sem ${lastName}`);
    await expect(families.guardianCard('Eva')).toBeVisible();
    await expect(families.guardianCard('Ruben')).toBeVisible();
    await families.addPlacement(placement);

    // Both children are found by the guardian's e-mail address.
    await families.open();
    const table = await families.search(eva.email);
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table).toContainText(`Lotte ${lastName}`);
    await expect(table).toContainText(`Sem ${lastName}`);

    // Six weeks before the start the invitation job sends the activation mail.
    await setClock(page.request, `${plannedOn}T09:00:00+02:00`);
    const sweep = await page.request.post('/api/v1/dev/invitations/run', { headers: CSRF });
    expect(sweep.ok()).toBe(true);
    const link = await linkFromMailbox(page, eva.email, '/activeren');

    // The guardian, in a browser of her own, activates the account and sees both children.
    const guardianContext = await browser.newContext({
      baseURL,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    try {
      const parent = await guardianContext.newPage();
      await parent.goto(link);
      await expect(parent.getByText(eva.email)).toBeVisible();
      await parent.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een eigen sterk wachtwoord');
      await parent.getByLabel('Herhaal het nieuwe wachtwoord').fill('een eigen sterk wachtwoord');
      await parent.getByRole('button', { name: 'Account activeren' }).click();
      await expect(parent).toHaveURL(/\/mijn-kind$/);
      await expect(parent.getByRole('heading', { name: 'Mijn kind', level: 1 })).toBeVisible();
      const children = parent.getByTestId('my-child');
      await expect(children).toHaveCount(2);
      await expect(children.filter({ hasText: `Lotte ${lastName}` })).toContainText('Hamsters verticaal');
      await expect(children.filter({ hasText: `Sem ${lastName}` })).toContainText('Haarlem');
    } finally {
      await guardianContext.close();
    }

    // Back to today (a staff session does not survive weeks of moved clock): the planner sees the account is active.
    await setClock(page.request, null);
    await page.request.post('/api/v1/auth/logout-all', { headers: CSRF });
    await signInAs(page, DEMO.planner);
    await families.open();
    await (await families.search(eva.email)).getByRole('link', { name: `Lotte ${lastName}` }).click();
    await expect(families.guardianCard('Eva').getByTestId('invitation-status')).toHaveText('Actief');
    await expect(families.guardianCard('Ruben').getByTestId('invitation-status')).toHaveText('Uitgenodigd');
  });

  test('a planner imports a CSV file: a bad line is reported with line and column, then the fixed file imports', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const lastName = `Import-${run}`;
    const start = dutchDate(mondayFromToday(30));
    const header =
      'kind_ref;kind_voornaam;kind_achternaam;kind_geboortedatum;ouder1_voornaam;ouder1_achternaam;ouder1_email;groep;plaatsingssoort;startdatum;dagen;product';
    const line = (ref: string, name: string, birth: string, parent: string) =>
      `${ref}-${run};${name};${lastName};${birth};${parent};${lastName};${parent.toLowerCase()}.${run}@example.nl;Hamsters verticaal;Flexibel 52 weken;${start};ma,wo;52 weken flexibel dag`;
    const bad = [
      header,
      line('IMP1', 'Fenna', '12-03-2023', 'Anouk'),
      line('IMP2', 'Daan', '31-02-2023', 'Joris'),
    ];
    const fixed = [bad[0], bad[1], line('IMP2', 'Daan', '28-02-2023', 'Joris')];

    await signInAs(page, DEMO.planner);
    const families = new FamiliesPage(page);
    await families.open();
    const importPage = new ImportPage(page);
    await importPage.open();

    const report = await importPage.check('Haarlem', `gezinnen-${run}.csv`, `${bad.join('\r\n')}\r\n`);
    const errors = report.getByTestId('import-errors');
    const errorRow = errors.getByRole('row').filter({ hasText: 'kind_geboortedatum' });
    await expect(errorRow).toHaveCount(1);
    await expect(errorRow.getByRole('cell').first()).toHaveText('3');
    await expect(errorRow).toContainText('niet de juiste vorm');
    await expect(page.getByRole('button', { name: 'Importeren', exact: true })).toBeDisabled();

    const fixedReport = await importPage.check(
      'Haarlem',
      `gezinnen-${run}-2.csv`,
      `${fixed.join('\r\n')}\r\n`,
    );
    await expect(fixedReport.getByTestId('import-errors')).toHaveCount(0);
    await expect(fixedReport.getByTestId('total-create')).toHaveText('2');
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await expect(page.getByTestId('import-completed')).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Voortgang van de import' })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
    await expect(page.getByTestId('import-progress-text')).toHaveText('100 % verwerkt');
    await expect(page.getByTestId('import-completed')).toContainText('2 kinderen aangemaakt');

    // The imported children are in the list.
    await page.getByRole('link', { name: /Terug naar gezinnen/ }).click();
    const table = await families.search(lastName);
    await expect(table).toContainText(`Fenna ${lastName}`);
    await expect(table).toContainText(`Daan ${lastName}`);
  });
});
