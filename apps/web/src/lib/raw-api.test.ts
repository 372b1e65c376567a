import { type ImportRunEvent, importRunEventSchema, importTemplateQuerySchema } from '@nestje/contract';
import { describe, expect, it, vi } from 'vitest';
import { setActiveAccountId } from './accounts.ts';
import { ApiError } from './api.ts';
import { checkFile, fetchBlob, postStream, readNdjson, sendRaw } from './raw-api.ts';

const eventSchema = importRunEventSchema;
type Event = ImportRunEvent;
const summary = {
  children: 1,
  guardiansCreated: 2,
  guardiansLinked: 0,
  links: 2,
  placements: 1,
  skippedLines: 0,
};
const completed = JSON.stringify({ type: 'completed', summary });

/** A byte stream that delivers the given chunks one by one, as a network would. */
function chunked(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]): Promise<Event[]> {
  const events: Event[] = [];
  await readNdjson(chunked(chunks), eventSchema, (event) => events.push(event));
  return events;
}

describe('reading an NDJSON stream', () => {
  it('hands over each line, also when lines are split across chunks or share one', async () => {
    const events = await collect([
      '{"type":"progress","do',
      'ne":1,"total":3}\n{"type":"progress","done":2,"total":3}\n',
      `\n{"type":"progress","done":3,"total":3}\n${completed.slice(0, 20)}`,
      completed.slice(20),
    ]);
    expect(events).toEqual([
      { type: 'progress', done: 1, total: 3 },
      { type: 'progress', done: 2, total: 3 },
      { type: 'progress', done: 3, total: 3 },
      { type: 'completed', summary },
    ]);
  });

  it('keeps multi-byte characters whole when a chunk ends inside one', async () => {
    const bytes = new TextEncoder().encode(
      `{"type":"failed","errors":[{"line":2,"column":"group","code":"required","message":"Zoë"}]}\n`,
    );
    const split = bytes.indexOf(0xc3) + 1;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, split));
        controller.enqueue(bytes.slice(split));
        controller.close();
      },
    });
    const messages: string[] = [];
    await readNdjson(stream, eventSchema, (item) => {
      if (item.type === 'failed') messages.push(item.errors[0]?.message ?? '');
    });
    expect(messages).toEqual(['Zoë']);
  });

  it('stops with invalid_response on a line that is not JSON or not of the expected shape', async () => {
    const seen: Event[] = [];
    const broken = readNdjson(
      chunked(['{"type":"progress","done":1,"total":2}\n', 'oops\n']),
      eventSchema,
      (e) => seen.push(e),
    );
    await expect(broken).rejects.toMatchObject({ code: 'invalid_response' });
    expect(seen).toHaveLength(1);
    await expect(collect(['{"type":"exploded"}\n'])).rejects.toBeInstanceOf(ApiError);
  });
});

describe('raw requests', () => {
  it('streams a POST with the CSRF and account headers and reports progress as it comes', async () => {
    setActiveAccountId('0b7d5a0e-1c51-4c1e-9d55-5d0a7f6b1a03');
    const fetchMock = vi.fn(
      async () =>
        new Response(chunked(['{"type":"progress","done":1,"total":1}\n', `${completed}\n`]), {
          status: 200,
          headers: { 'Content-Type': 'application/x-ndjson' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const events: Event[] = [];
    await postStream('/imports/abc/run', eventSchema, (event) => events.push(event));

    expect(events.map((event) => event.type)).toEqual(['progress', 'completed']);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/imports/abc/run');
    expect(init.method).toBe('POST');
    const headers = new Headers(init.headers);
    expect(headers.get('X-Nestje-Csrf')).toBe('1');
    expect(headers.get('X-Nestje-Account')).toBe('0b7d5a0e-1c51-4c1e-9d55-5d0a7f6b1a03');
  });

  it('turns a refused stream into an ApiError with its code and fields', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              error: {
                code: 'conflict',
                message: 'Already run',
                fields: [{ path: 'id', code: 'taken', message: 'x' }],
              },
            }),
            { status: 409 },
          ),
      ),
    );
    const error = await postStream('/imports/abc/run', eventSchema, () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'conflict' });
    expect((error as ApiError).fields[0]?.code).toBe('taken');
  });

  it('sends a file as its raw body with its content type, and reads the JSON answer', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({}), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const answer = await sendRaw(
      'POST',
      '/imports?fileName=a.csv',
      'a;b\n1;2\n',
      'text/csv',
      importTemplateQuerySchema,
    );

    expect(answer).toEqual({ language: 'nl' });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBe('a;b\n1;2\n');
    expect(new Headers(init.headers).get('Content-Type')).toBe('text/csv');
    expect(new Headers(init.headers).get('X-Nestje-Csrf')).toBe('1');
  });

  it('gives null for a missing photo and the blob for a present one', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 404 })),
    );
    expect(await fetchBlob('/children/x/photo')).toBeNull();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(new Uint8Array([1, 2, 3]), { status: 200, headers: { 'Content-Type': 'image/jpeg' } }),
      ),
    );
    const blob = await fetchBlob('/children/x/photo');
    expect(blob?.size).toBe(3);
  });
  it('gives a translatable code for a refusal without an error body (a proxy’s 413)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Too large</html>', { status: 413 })),
    );
    const upload = sendRaw(
      'PUT',
      '/organisation/logo',
      new Blob(['x'], { type: 'image/png' }),
      'image/png',
      null,
    );
    await expect(upload).rejects.toMatchObject({ status: 413, code: 'payload_too_large' });
  });
});

describe('checking a file before it is sent', () => {
  const allowed = { types: ['image/png', 'image/jpeg'], maxBytes: 1000 };

  it('names a type that is not allowed, then a file that is too large', () => {
    expect(checkFile({ type: 'image/gif', size: 10 }, allowed)).toBe('unsupported_file_type');
    expect(checkFile({ type: '', size: 10 }, allowed)).toBe('unsupported_file_type');
    expect(checkFile({ type: 'image/png', size: 1001 }, allowed)).toBe('file_too_large');
    expect(checkFile({ type: 'image/jpeg', size: 1000 }, allowed)).toBeNull();
  });
});
