import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestClient, useTestSystem } from '../test/index.ts';

const t = useTestSystem();

test('the OpenAPI 3.1 description lists the API, generated from the same schemas', async () => {
  const res = await new TestClient(t.app).get('/api/openapi.json');
  assert.equal(res.status, 200);
  assert.equal(res.body.openapi, '3.1.0');
  const paths = Object.keys(res.body.paths);
  for (const p of [
    '/api/v1/me',
    '/api/v1/auth/login',
    '/api/v1/auth/password-reset',
    '/api/v1/children/{childId}',
  ]) {
    assert.ok(paths.includes(p), p);
  }
  const login = res.body.paths['/api/v1/auth/login'].post;
  assert.deepEqual(login.requestBody.content['application/json'].schema.required.sort(), [
    'email',
    'password',
  ]);
});

test('the API docs page is served', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /swagger/i);
});

test('an unknown API path answers 404 as JSON', async () => {
  const res = await new TestClient(t.app).get('/api/v1/does-not-exist');
  assert.equal(res.status, 404);
  assert.equal(res.body.error.code, 'not_found');
});

test('malformed JSON is a 400, not a 500', async () => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json', 'x-nestje-csrf': '1' },
    payload: '{"email": ',
  });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.code, 'validation_failed');
});

test('the dev clock moves the server time (development and tests only)', async () => {
  const c = new TestClient(t.app);
  const set = await c.put('/api/v1/dev/clock', { now: '2026-10-25T01:30:00+02:00' });
  assert.equal(set.status, 200);
  assert.equal(set.body.now, '2026-10-24T23:30:00Z');
  assert.equal(set.body.fixed, true);
});
