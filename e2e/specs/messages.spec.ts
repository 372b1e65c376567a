import { expect, test } from '@playwright/test';
import { MessagesPage } from '../pages/messages.ts';
import { DEMO, signInAs } from '../pages/sign-in.ts';

/** "12 maart 2026 om 14:05": a message's date and time as the portal shows it. */
const DATE_TIME = /\d{1,2} \S+ \d{4} om \d{2}:\d{2}/;

test.describe('Berichten (P6, S5): a thread between a parent and the group’s staff', () => {
  test('a parent writes, staff answer, the parent reads both with their times and the badge goes', async ({
    browser,
    page,
  }) => {
    test.slow(); // two accounts
    const subject = `Knuffel kwijt ${Date.now()}`;

    // The parent writes about Ties, who is in two groups, so the group is asked.
    await signInAs(page, DEMO.parent);
    const parent = new MessagesPage(page);
    await parent.openAsParent();
    await parent.write(
      'Ties de Vries',
      'Floris',
      subject,
      'Ties is zijn knuffel kwijt. Hebben jullie hem gezien?',
    );
    await expect(page.getByText(/^Ties.* · Floris$/)).toBeVisible();
    await expect(parent.messages).toHaveCount(1);
    await expect(parent.messages.first()).toContainText(DATE_TIME);
    // A sent message has no way to change or delete it.
    await expect(page.getByRole('button', { name: /wijzig|verwijder|bewerk/i })).toHaveCount(0);

    // The parent goes back to the list and keeps it open: what follows arrives without a reload (live events).
    await parent.openAsParent();
    await expect(parent.thread(subject)).not.toContainText('nieuw');
    const before = await parent.unreadBadge();

    // Staff of Floris answer from the group's inbox.
    const staffPage = await browser.newPage();
    await signInAs(staffPage, DEMO.staff);
    const staff = new MessagesPage(staffPage);
    await staff.openAsStaff('Floris');
    await expect(staff.thread(subject)).toContainText('1 nieuw');
    await staff.thread(subject).click();
    await expect(staffPage.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
    await staff.answer('Ja, hij lag in de zandbak. We leggen hem bij zijn tas.');

    // On the parent's open page the thread turns unread and the menu badge goes up, with no reload.
    await expect(parent.thread(subject)).toContainText('1 nieuw');
    await expect.poll(() => parent.unreadBadge()).toBe(before + 1);
    await parent.thread(subject).click();
    await expect(page.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
    await expect(parent.messages).toHaveCount(2);
    await expect(parent.messages.nth(0)).toContainText('Ties is zijn knuffel kwijt.');
    await expect(parent.messages.nth(1)).toContainText('Ja, hij lag in de zandbak.');
    await expect(parent.messages.nth(1)).toContainText('Mila Jansen');
    for (const n of [0, 1]) await expect(parent.messages.nth(n)).toContainText(DATE_TIME);
    // Reading it marks it read: the badge is back where it was.
    await expect.poll(() => parent.unreadBadge()).toBe(before);

    // With the thread open, the next answer appears in it as it is sent, already read.
    await staff.answer('Hij zit nu in zijn tas.');
    await staffPage.close();
    await expect(parent.messages).toHaveCount(3);
    await expect(parent.messages.nth(2)).toContainText('Hij zit nu in zijn tas.');
    await expect.poll(() => parent.unreadBadge()).toBe(before);
    await parent.openAsParent();
    await expect(parent.thread(subject)).not.toContainText('nieuw');
  });
});
