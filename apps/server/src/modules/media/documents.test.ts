import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { DOCUMENT_MAX_BYTES } from '@nestje/contract';
import type { TestClient } from '../../../test/client.ts';
import { DEFAULT_NOW, useTestSystem } from '../../../test/index.ts';
import { messagingSetup, startThread } from '../../../test/messages-factories.ts';
import { attachmentDisposition, sanitiseDocumentName } from '../../media/documents.ts';
import { signMediaUrl } from '../../media/signing.ts';
import { sweepMedia } from './media.jobs.ts';
import { fetchFile } from './media-test-helpers.ts';

const t = useTestSystem({ rateLimits: false });

/** A small valid PDF with a random comment, so no two are the same bytes. */
function pdf(extra = ''): Buffer {
  return Buffer.from(
    `%PDF-1.4\n%${randomBytes(8).toString('hex')}${extra}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n` +
      '2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
}

function uploadNamed(client: TestClient, bytes: Buffer, name?: string) {
  const query = name === undefined ? '' : `?name=${encodeURIComponent(name)}`;
  return client.request('POST', `/api/v1/media${query}`, bytes, { 'content-type': 'application/pdf' });
}

function fileCode(res: { status: number; body: any }): string | undefined {
  assert.equal(res.status, 400, JSON.stringify(res.body));
  assert.equal(res.body.error.fields[0].path, 'file');
  return res.body.error.fields[0].code;
}

describe('the name a document is kept under', () => {
  test('has no path, no control characters, at most 200 characters and ends in .pdf', () => {
    assert.equal(sanitiseDocumentName('../../etc/x.pdf'), 'x.pdf');
    assert.equal(sanitiseDocumentName('C:\\Users\\an\\Verslag maart.PDF'), 'Verslag maart.pdf');
    assert.equal(sanitiseDocumentName('a\u0000b\nc\u007f.pdf'), 'abc.pdf');
    assert.equal(sanitiseDocumentName('.hidden.pdf'), 'hidden.pdf');
    assert.equal(sanitiseDocumentName('scan'), 'scan.pdf');
    assert.equal(sanitiseDocumentName(undefined), 'document.pdf');
    assert.equal(sanitiseDocumentName('../'), 'document.pdf');
    const long = sanitiseDocumentName(`${'é'.repeat(300)}.pdf`);
    assert.equal(Array.from(long).length, 200);
    assert.ok(long.endsWith('é.pdf'));
  });

  test('is sent as an ASCII fallback and exactly in UTF-8', () => {
    assert.equal(
      attachmentDisposition('Oudergesprek "één".pdf'),
      `attachment; filename="Oudergesprek ___n_.pdf"; filename*=UTF-8''Oudergesprek%20%22%C3%A9%C3%A9n%22.pdf`,
    );
  });
});

describe('PDF documents', () => {
  test('a PDF is kept as uploaded under its sanitised name and served only as a sandboxed download', async () => {
    t.clock.set(DEFAULT_NOW);
    const { o, parent } = await messagingSetup(t.app, t.ctx);
    const bytes = pdf();
    const res = await uploadNamed(parent.client, bytes, '../../etc/x.pdf');
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.kind, 'document');
    assert.equal(res.body.fileName, 'x.pdf');
    assert.equal(res.body.byteSize, bytes.length);
    assert.deepEqual(
      [res.body.width, res.body.height, res.body.smallUrl, res.body.screenUrl],
      [null, null, null, null],
    );
    assert.match(res.body.downloadUrl, /^\/api\/v1\/media\/[0-9a-f-]{36}\/file\?exp=\d+&sig=[\w-]+$/);
    const files = await t.ctx.db
      .selectFrom('media_files')
      .selectAll()
      .where('media_id', '=', res.body.id)
      .execute();
    assert.deepEqual(
      files.map((f) => [f.variant, f.content_type, Number(f.bytes)]),
      [['file', 'application/pdf', bytes.length]],
    );
    assert.match(files[0]?.storage_key ?? '', new RegExp(`^${o.id}/\\d{4}/\\d{2}/[0-9a-f-]{36}\\.pdf$`));

    const served = await fetchFile(t.app, parent.client, res.body.downloadUrl);
    assert.equal(served.status, 200);
    assert.equal(served.headers['content-type'], 'application/pdf');
    assert.equal(
      served.headers['content-disposition'],
      `attachment; filename="x.pdf"; filename*=UTF-8''x.pdf`,
    );
    assert.equal(served.headers['x-content-type-options'], 'nosniff');
    assert.equal(served.headers['content-security-policy'], 'sandbox');
    assert.ok(Buffer.from(served.bytes).equals(bytes), 'the bytes as uploaded');
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('organisation_id', '=', o.id)
      .where('action', '=', 'media.view')
      .where('subject_id', '=', res.body.id)
      .execute();
    assert.deepEqual(
      audit.map((a) => a.details),
      [{ variant: 'file' }],
    );
  });

  test('an HTML page named .pdf is refused, and so is a Word file', async () => {
    const { o, parent } = await messagingSetup(t.app, t.ctx);
    const html = Buffer.from('<!doctype html><html><script>alert(document.cookie)</script></html>');
    assert.equal(fileCode(await uploadNamed(parent.client, html, 'brief.pdf')), 'unsupported_file_type');
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(200)]);
    assert.equal(fileCode(await uploadNamed(parent.client, docx, 'brief.docx')), 'document_not_pdf');
    const kept = await t.ctx.db
      .selectFrom('media')
      .select('id')
      .where('organisation_id', '=', o.id)
      .execute();
    assert.deepEqual(kept, [], 'nothing is kept');
  });

  test('a PDF over 20 MB is refused; one of exactly 20 MB is taken', async () => {
    const { parent } = await messagingSetup(t.app, t.ctx);
    const head = pdf();
    const over = Buffer.concat([head, Buffer.alloc(DOCUMENT_MAX_BYTES + 1 - head.length, 0x20)]);
    assert.equal(fileCode(await uploadNamed(parent.client, over, 'groot.pdf')), 'file_too_large');
    const exact = Buffer.concat([head, Buffer.alloc(DOCUMENT_MAX_BYTES - head.length, 0x20)]);
    assert.equal((await uploadNamed(parent.client, exact, 'precies.pdf')).status, 201);
  });

  test('a PDF cannot be used in a post or a diary entry, but can in a message', async () => {
    t.clock.set(DEFAULT_NOW);
    const { groupA, parent, child, staffA } = await messagingSetup(t.app, t.ctx);
    const staffPdf = (await uploadNamed(staffA, pdf(), 'menu.pdf')).body;
    const post = await staffA.post(`/api/v1/groups/${groupA}/posts`, {
      body: 'Het menu',
      photos: [{ mediaId: staffPdf.id, childIds: [] }],
    });
    assert.equal(post.status, 400, JSON.stringify(post.body));
    assert.deepEqual(
      post.body.error.fields.map((f: any) => [f.path, f.code]),
      [['photos.0.mediaId', 'document_not_allowed']],
    );
    const parentPdf = (await uploadNamed(parent.client, pdf(), 'verklaring.pdf')).body;
    const entry = await parent.client.post(`/api/v1/children/${child}/diary`, {
      body: 'Verklaring',
      mediaIds: [parentPdf.id],
    });
    assert.equal(entry.status, 400, JSON.stringify(entry.body));
    assert.deepEqual(
      entry.body.error.fields.map((f: any) => [f.path, f.code]),
      [['mediaIds.0', 'document_not_allowed']],
    );

    // Refused there, the uploads are still unused: the message takes them.
    const thread = await startThread(parent.client, { childId: child, attachmentIds: [parentPdf.id] });
    const [attachment] = thread.messages[0].attachments;
    assert.equal(attachment.kind, 'document');
    assert.equal(attachment.fileName, 'verklaring.pdf');
    t.clock.advance({ minutes: 1 });
    const reply = await staffA.post(
      `/api/v1/threads/${thread.id}/messages`,
      { body: 'Het menu', attachmentIds: [staffPdf.id] },
      { 'idempotency-key': crypto.randomUUID() },
    );
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    assert.equal(reply.body.attachments[0].fileName, 'menu.pdf');

    // Staff of the group open the parent's PDF through the thread.
    const opened = await staffA.get(`/api/v1/threads/${thread.id}`);
    const seen = opened.body.messages[0].attachments[0];
    const served = await fetchFile(t.app, staffA, seen.downloadUrl);
    assert.equal(served.status, 200);
    assert.match(served.headers['content-disposition'] as string, /^attachment; filename="verklaring\.pdf"/);
  });

  test('another family, staff of another group and another organisation get 404 for a message PDF', async () => {
    t.clock.set(DEFAULT_NOW);
    const { parent, child, otherFamily, staffB } = await messagingSetup(t.app, t.ctx);
    const other = await messagingSetup(t.app, t.ctx);
    const doc = (await uploadNamed(parent.client, pdf(), 'ziek.pdf')).body;
    await startThread(parent.client, { childId: child, attachmentIds: [doc.id] });
    const exp = Number(new URL(doc.downloadUrl, 'http://x').searchParams.get('exp'));
    for (const client of [otherFamily.client, staffB, other.parent.client, other.staffA]) {
      assert.equal((await fetchFile(t.app, client, doc.downloadUrl)).status, 404);
      const accountId = client.account as string;
      const own = await signMediaUrl(t.ctx.db, { mediaId: doc.id, variant: 'file', accountId, exp });
      assert.equal((await fetchFile(t.app, client, own)).status, 404, 'also with a URL signed for it');
    }
  });

  test('the sweep keeps a PDF a message took, long after', async () => {
    t.clock.set(DEFAULT_NOW);
    const { parent, child } = await messagingSetup(t.app, t.ctx);
    const doc = (await uploadNamed(parent.client, pdf(), 'blijft.pdf')).body;
    await startThread(parent.client, { childId: child, attachmentIds: [doc.id] });
    t.clock.advance({ hours: 48 });
    await sweepMedia(t.ctx);
    const served = await fetchFile(t.app, parent.client, doc.downloadUrl.replace(/exp=\d+/, 'exp=0'));
    assert.equal(served.status, 404, 'an expired URL is refused');
    const kept = await t.ctx.db.selectFrom('media').select('id').where('id', '=', doc.id).execute();
    assert.equal(kept.length, 1);
    const opened = await parent.client.get(
      `/api/v1/threads/${(await parent.client.get('/api/v1/threads')).body.threads[0].id}`,
    );
    const again = await fetchFile(t.app, parent.client, opened.body.messages[0].attachments[0].downloadUrl);
    assert.equal(again.status, 200);
  });

  test('the database keeps documents strict: a name, no pixel size, a PDF file under a .pdf key', async () => {
    const { o, parent } = await messagingSetup(t.app, t.ctx);
    const doc = (await uploadNamed(parent.client, pdf(), 'streng.pdf')).body;
    const media = (set: Record<string, unknown>) =>
      t.ctx.db
        .updateTable('media')
        .set(set)
        .where('organisation_id', '=', o.id)
        .where('id', '=', doc.id)
        .execute();
    await assert.rejects(media({ file_name: null }), /media_document_name_check/);
    await assert.rejects(media({ file_name: 'a/b.pdf' }), /check/);
    await assert.rejects(media({ file_name: 'a\u0001b.pdf' }), /check/);
    await assert.rejects(media({ file_name: 'b.html' }), /check/);
    await assert.rejects(media({ width: 10, height: 10 }), /check/);
    const file = (set: Record<string, unknown>) =>
      t.ctx.db.updateTable('media_files').set(set).where('media_id', '=', doc.id).execute();
    await assert.rejects(file({ width: 10, height: 10 }), /media_files_document_check/);
    await assert.rejects(file({ content_type: 'image/jpeg' }), /media_files_document_check/);
    await assert.rejects(file({ storage_key: `${o.id}/2026/03/x.jpg` }), /check/);
  });
});
