import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { TestClient, useTestSystem } from '../../test/index.ts';
import { fetchFile } from '../modules/media/media-test-helpers.ts';
import { DEMO_PASSWORD, seedDemo } from './seed.ts';

const t = useTestSystem({ rateLimits: false });

async function signIn(email: string) {
  const client = new TestClient(t.app);
  assert.equal((await client.login(email, DEMO_PASSWORD)).status, 200);
  return client;
}

// Seeded on a Wednesday: the week before it holds five weekdays of posts.
test('the demo has a week of posts and diary entries with its own pictures, and shows B1 at work', async () => {
  t.clock.set('2026-12-09T09:00:00Z');
  await seedDemo(t.ctx);
  const sanne = await signIn('ouder@demo.nestje.nl');
  const feed = await sanne.get('/api/v1/timeline?limit=50');
  assert.equal(feed.status, 200);
  const posts = feed.body.items.filter((i: any) => i.kind === 'post').map((i: any) => i.post);
  const diary = feed.body.items.filter((i: any) => i.kind === 'diary').map((i: any) => i.entry);
  // Five weekdays × (Hamsters for Noortje + Floris for Ties), all in the week before today.
  assert.equal(posts.length, 10);
  for (const item of feed.body.items) {
    assert.ok(item.at >= '2026-12-01T23:00:00.000Z' && item.at < '2026-12-09T00:00:00.000Z', item.at);
  }
  // Diary entries of her children (Noortje and Ties) only, one of them her own with a photo.
  assert.ok(diary.every((e: any) => ['Noortje', 'Ties'].includes(e.childName)));
  const own = diary.find((e: any) => e.authorKind === 'guardian');
  assert.equal(own.authorName, 'Sanne de Vries');
  assert.equal(own.media.length, 1);
  // B1: the series with a photo of Yara shows Sanne two of its three photos.
  const series = posts.find((p: any) => p.hiddenPhotos > 0);
  assert.equal(series.photos.length, 2);
  assert.equal(series.hiddenPhotos, 1);
  // Yara's mother sees all three (Noortje may be seen by other families).
  const fatima = await signIn('ouder2@demo.nestje.nl');
  const hers = await fatima.get('/api/v1/timeline?limit=50');
  const same = hers.body.items.find((i: any) => i.kind === 'post' && i.post.id === series.id);
  assert.equal(same.post.photos.length, 3);
  assert.equal(same.post.hiddenPhotos, 0);
  // The pictures are real images the seed drew itself.
  const photo = await fetchFile(t.app, sanne, series.photos[0].media.screenUrl);
  assert.equal(photo.status, 200);
  const meta = await sharp(photo.bytes).metadata();
  assert.equal(meta.format, 'jpeg');
  assert.equal(meta.width, 1200);
});
