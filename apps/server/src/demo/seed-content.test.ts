import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestClient, useTestSystem } from '../../test/index.ts';
import { fetchFile } from '../modules/media/media-test-helpers.ts';
import { DEMO_PASSWORD, seedDemo } from './seed.ts';

const t = useTestSystem({ rateLimits: false });

async function signIn(email: string) {
  const client = new TestClient(t.app);
  assert.equal((await client.login(email, DEMO_PASSWORD)).status, 200);
  return client;
}

test('the demo family reads news (one with a PDF), a newsletter and information pages, notified as history', async () => {
  t.clock.set('2026-12-09T09:00:00Z');
  await seedDemo(t.ctx);
  const sanne = await signIn('ouder@demo.nestje.nl');
  const news = await sanne.get('/api/v1/content?kind=news&limit=3');
  assert.equal(news.status, 200);
  assert.deepEqual(
    news.body.items.map((i: any) => [i.title, i.attachmentCount]),
    [
      ['Thema van de maand bij de Hamsters: de boerderij', 0],
      ['Ouderavond op locatie Haarlem', 1],
      ['Nieuwe openingstijden in de zomer', 0],
    ],
  );
  const evening = await sanne.get(`/api/v1/content/${news.body.items[1].id}`);
  const pdf = evening.body.attachments[0];
  assert.equal(pdf.fileName, 'Uitnodiging ouderavond.pdf');
  const file = await fetchFile(t.app, sanne, pdf.downloadUrl);
  assert.equal(file.status, 200);
  assert.match(file.bytes.toString('latin1'), /^%PDF-1\.4[\s\S]*Uitnodiging ouderavond[\s\S]*%%EOF\n$/);

  const letters = await sanne.get('/api/v1/content?kind=newsletter');
  assert.deepEqual(
    letters.body.items.map((i: any) => i.title),
    ['Nieuwsbrief: de zomer komt eraan'],
  );
  const pages = await sanne.get('/api/v1/content?kind=info_page');
  assert.deepEqual(
    pages.body.items.map((i: any) => i.title),
    ['Openingstijden en sluitingsdagen', 'Ziekte en medicijnen'],
  );

  const notifications = await t.ctx.db
    .selectFrom('notifications as n')
    .innerJoin('accounts as a', 'a.id', 'n.account_id')
    .select(['n.category', 'n.email_state', 'n.push_state', 'n.read_at'])
    .where('a.email', '=', 'ouder@demo.nestje.nl')
    .where('n.category', 'in', ['news', 'newsletter'])
    .orderBy('n.created_at')
    .execute();
  assert.deepEqual(
    notifications.map((n) => [n.category, n.email_state, n.push_state, n.read_at !== null]),
    [
      ['newsletter', 'off', 'off', true],
      ['news', 'off', 'off', true],
      ['news', 'off', 'off', true],
      ['news', 'off', 'off', false],
    ],
  );
});
