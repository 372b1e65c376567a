import { expect, test } from '@playwright/test';
import { ChildConsentsPage } from '../../pages/consents.ts';
import { DEMO, signInAs } from '../../pages/sign-in.ts';

// Only the organisation's own item is changed here: the photo items decide what the timeline specs show.
const OUTINGS = 'Uitstapjes buiten het kinderdagverblijf';

test.describe('Toestemmingen (P17): the parent answers per child under Overig → Kinderen', () => {
  test('the parent changes the outings consent for Noortje and finds it kept after a reload', async ({
    page,
  }) => {
    await signInAs(page, DEMO.parent);
    const consents = new ChildConsentsPage(page);
    await consents.openFromOther('Noortje de Vries');
    await expect(consents.item("Foto's van mijn kind voor ons gezin")).toBeVisible();
    const item = consents.item(OUTINGS);
    await expect(item).toContainText('mee op uitstapjes buiten het kinderdagverblijf');
    // Whatever the current answer, choose the other one.
    const next = (await consents.choice(OUTINGS, 'Ja').isChecked()) ? 'Nee' : 'Ja';
    await consents.answer(OUTINGS, next);
    await expect(item).toContainText(`Sanne de Vries: ${next} op`);

    await page.reload();
    await expect(consents.choice(OUTINGS, next)).toBeChecked();
    await expect(item).toContainText(`Sanne de Vries: ${next} op`);
    // Her father has not answered: Noortje does not have this consent yet.
    await expect(item).toContainText('Thomas de Vries: Nog niet beantwoord');
    await expect(item).toContainText('Noortje heeft deze toestemming niet');
  });
});
