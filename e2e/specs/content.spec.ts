import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { CSRF } from '../fixtures/clock.ts';
import { ContentPage } from '../pages/content.ts';
import { DEMO, signInAs } from '../pages/sign-in.ts';

/** A minimal valid PDF (one empty page), with a marker so each run's file is its own. */
function minimalPdf(marker: string): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      `% ${marker}`,
      '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj',
      '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj',
      '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj',
      'trailer <</Root 1 0 R>>',
      '%%EOF',
      '',
    ].join('\n'),
    'latin1',
  );
}

/** The id of a group the signed-in staff member may address, from the audience choices. */
async function groupId(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.get('/api/v1/staff/content/audiences');
  expect(response.ok()).toBe(true);
  const options = (await response.json()) as { groups: { id: string; name: string }[] };
  const group = options.groups.find((candidate) => candidate.name === name);
  expect(group, `group ${name} among the audiences`).toBeTruthy();
  return group?.id ?? '';
}

test.describe('Content: news for one group', () => {
  test('staff publish a news item with a PDF to Floris; Sanne sees it with a paperclip and downloads the PDF, Fatima does not', async ({
    browser,
    page,
  }) => {
    test.slow(); // three accounts
    const title = `Uitje kinderboerderij ${Date.now()}`;
    const pdf = minimalPdf(title);

    // Mila works in Hamsters and Floris: she may write to either group.
    await signInAs(page, DEMO.staff);
    const staff = new ContentPage(page);
    await staff.openStaff();
    await staff.publishNews(title, 'Neem laarzen mee.', 'Groep Floris (Haarlem)', [
      { name: 'Programma uitje.pdf', mimeType: 'application/pdf', buffer: pdf },
    ]);
    const row = staff.staffRow(title);
    await expect(row).toContainText('Gepubliceerd');
    await expect(row).toContainText('Groep Floris');

    // Sanne: Ties is placed in Floris.
    const sannePage = await browser.newPage();
    await signInAs(sannePage, DEMO.parent);
    const sanne = new ContentPage(sannePage);
    await sanne.openMyLocation();
    const news = sanne.newsRow(title);
    await expect(news).toHaveCount(1);
    await expect(news.getByTestId('content-paperclip').locator('svg[data-icon="paperclip"]')).toHaveCount(1);
    await news.click();
    await expect(sannePage.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    await expect(sanne.body).toContainText('Neem laarzen mee.');
    const itemUrl = new URL(sannePage.url());
    const itemId = itemUrl.pathname.split('/').at(-1) ?? '';
    expect(itemUrl.pathname).toBe(`/mijn-locatie/nieuws/${itemId}`);
    await expect(sanne.attachments).toHaveCount(1);
    await expect(sanne.attachments.locator('svg[data-icon="paperclip"]')).toHaveCount(1);
    await expect(sanne.attachments).toContainText(`${pdf.length} B`);
    const link = sanne.attachments.getByRole('link', { name: /^Programma uitje\.pdf downloaden/ });
    const href = (await link.getAttribute('href')) ?? '';
    const downloading = sannePage.waitForEvent('download');
    await link.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Programma uitje.pdf');
    expect((await readFile(await download.path())).equals(pdf)).toBe(true);
    const served = await sannePage.request.get(href);
    expect(served.headers()['content-type']).toBe('application/pdf');

    // Fatima: Yara is placed in Hamsters only. The item is not listed, not readable, and its PDF not served.
    const fatimaPage = await browser.newPage();
    await signInAs(fatimaPage, DEMO.parent2);
    const fatima = new ContentPage(fatimaPage);
    await fatima.openMyLocation();
    await expect(fatimaPage.getByRole('heading', { name: 'Nieuws', level: 2, exact: true })).toBeVisible();
    // Wait until the news section has loaded (its list, or the text that there is none), then look.
    const section = fatimaPage.getByRole('region', { name: 'Nieuws', exact: true });
    await expect(
      section
        .getByRole('list', { name: 'Nieuwsberichten' })
        .or(section.getByText('Er zijn nog geen nieuwsberichten.')),
    ).toBeVisible();
    await expect(fatimaPage.getByText(title)).toHaveCount(0);
    expect((await fatimaPage.request.get(`/api/v1/content/${itemId}`)).status()).toBe(404);
    expect((await fatimaPage.request.get(href)).ok()).toBe(false);
    await fatimaPage.goto(`/mijn-locatie/nieuws/${itemId}`);
    await expect(fatimaPage.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
    await expect(fatimaPage.getByText(title)).toHaveCount(0);
    await sannePage.close();
    await fatimaPage.close();
  });
});

test.describe('Content: no script in a body reaches a parent', () => {
  test('an image error handler, a script and a javascript: link never run in the parent’s browser', async ({
    browser,
    page,
  }) => {
    test.slow(); // two accounts
    const title = `Veilig ${Date.now()}`;
    const hostile =
      '<p>Welkom<img src=x onerror="window.__xss=1"></p><script>window.__xss=2</script>' +
      '<p><a href="javascript:window.__xss=3">x</a></p><p><a href="https://example.org/">veilig</a></p>';

    // Created through the API, as a script could send it, past the editor.
    await signInAs(page, DEMO.staff);
    const floris = await groupId(page.request, 'Floris');
    const created = await page.request.post('/api/v1/staff/content', {
      headers: CSRF,
      data: {
        kind: 'news',
        title,
        bodyHtml: hostile,
        audience: { scope: 'group', groupId: floris },
        publishAt: new Date(Date.now() - 60_000).toISOString(),
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const parentPage = await browser.newPage();
    const problems: string[] = [];
    parentPage.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    parentPage.on('pageerror', (error) => problems.push(error.message));
    await signInAs(parentPage, DEMO.parent);

    // The server stored the body without any of it.
    const answer = await parentPage.request.get(`/api/v1/content/${id}`);
    expect(answer.ok()).toBe(true);
    const { bodyHtml } = (await answer.json()) as { bodyHtml: string };
    expect(bodyHtml).not.toMatch(/onerror|<script|javascript:|<img/i);

    const parent = new ContentPage(parentPage);
    await parent.openMyLocation();
    await parent.newsRow(title).click();
    await expect(parentPage.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    await expect(parent.body).toContainText('Welkom');
    await expect(parent.body.locator('img, script, [onerror]')).toHaveCount(0);
    await parent.body.getByText('x', { exact: true }).click();
    await expect(parent.body.getByRole('link', { name: 'veilig' })).toHaveAttribute(
      'href',
      'https://example.org/',
    );
    // Give an image error or a navigation every chance to happen before looking.
    await parentPage.waitForTimeout(300);
    expect(await parentPage.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(parentPage.url()).toContain(`/mijn-locatie/nieuws/${id}`);
    // The app is served under a policy that allows scripts from its own files only (no inline script or handler).
    const csp = (await parentPage.request.get(`/mijn-locatie/nieuws/${id}`)).headers()[
      'content-security-policy'
    ];
    const directives = (csp ?? '').split(';').map((directive) => directive.trim());
    expect(directives).toContain("script-src 'self'");
    // Nothing was stopped by the Content-Security-Policy either: nothing tried to run.
    expect(problems.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
    await parentPage.close();
  });
});
