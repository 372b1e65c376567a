import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTIFICATIONS_KEY } from '../features/notifications/queries.ts';
import { refreshThreadLive } from '../features/parent/messages/queries.ts';
import { summary, THREAD_ID } from '../features/parent/messages/test-data.ts';
import { connectLive, RETRY_AFTER_REFUSAL_MS } from '../lib/live.ts';
import { apiError, mockFetch } from '../test/fetch-mock.ts';
import { guardianAccount, meFor } from '../test/fixtures.ts';
import { renderApp } from '../test/render-app.tsx';
import { applyLiveEvent } from './LiveUpdates.tsx';

/**
 * A stand-in for the browser's EventSource (jsdom has none): records what was opened and lets the test play the
 * server's part. The real one is exercised by the browser tests.
 */
class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static all: FakeEventSource[] = [];
  readonly url: string;
  readyState = FakeEventSource.CONNECTING;
  onopen: ((e: Event) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  constructor(url: string) {
    super();
    this.url = url;
    FakeEventSource.all.push(this);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.(new Event('open'));
  }
  /** The connection broke; `refused` as after a 401, when the browser gives up instead of reconnecting. */
  fail(refused = false) {
    this.readyState = refused ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING;
    this.onerror?.(new Event('error'));
  }
  send(type: string, data: string) {
    this.dispatchEvent(new MessageEvent(type, { data }));
  }
}

const latest = () => FakeEventSource.all.at(-1) as FakeEventSource;
const open = () => FakeEventSource.all.filter((s) => s.readyState !== FakeEventSource.CLOSED);

beforeEach(() => {
  FakeEventSource.all = [];
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => vi.useRealTimers());

describe('connectLive', () => {
  it('opens the stream of the account and hands over each event it understands', () => {
    const onEvent = vi.fn();
    const close = connectLive(guardianAccount.id, { onEvent, onReconnect: vi.fn() });
    expect(FakeEventSource.all.map((s) => s.url)).toEqual([`/api/v1/events?account=${guardianAccount.id}`]);
    latest().open();
    latest().send('messages', JSON.stringify({ type: 'messages', threadId: THREAD_ID }));
    latest().send('notifications', JSON.stringify({ type: 'notifications' }));
    latest().send('messages', 'not json');
    latest().send('messages', JSON.stringify({ type: 'messages' }));
    expect(onEvent.mock.calls).toEqual([
      [{ type: 'messages', threadId: THREAD_ID }],
      [{ type: 'notifications' }],
    ]);
    close();
    expect(latest().readyState).toBe(FakeEventSource.CLOSED);
  });

  it('says so when the stream is back after a break, not when it first opens', () => {
    const onReconnect = vi.fn();
    const close = connectLive(guardianAccount.id, { onEvent: vi.fn(), onReconnect });
    latest().open();
    expect(onReconnect).not.toHaveBeenCalled();
    latest().fail();
    latest().open();
    expect(onReconnect).toHaveBeenCalledTimes(1);
    expect(FakeEventSource.all).toHaveLength(1);
    close();
  });

  it('after the server refused the stream, tries again a minute later; closing stops that', () => {
    vi.useFakeTimers();
    const onReconnect = vi.fn();
    const close = connectLive(guardianAccount.id, { onEvent: vi.fn(), onReconnect });
    latest().fail(true);
    vi.advanceTimersByTime(RETRY_AFTER_REFUSAL_MS - 1);
    expect(FakeEventSource.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.all).toHaveLength(2);
    latest().open();
    expect(onReconnect).toHaveBeenCalledTimes(1);
    latest().fail(true);
    close();
    vi.advanceTimersByTime(RETRY_AFTER_REFUSAL_MS * 2);
    expect(FakeEventSource.all).toHaveLength(2);
  });
});

describe('what a live event refreshes', () => {
  function seeded() {
    const client = new QueryClient();
    const long = Date.now() - 60_000;
    for (const key of [
      ['messages', 'unread'],
      ['messages', 'threads', '/threads'],
      ['messages', 'thread', THREAD_ID],
      ['messages', 'thread', 'another'],
      ['notifications', 'unread'],
      ['notifications', 'list'],
      ['me'],
    ])
      client.setQueryData(key, {}, { updatedAt: long });
    const invalidated = () =>
      client
        .getQueryCache()
        .getAll()
        .filter((q) => q.state.isInvalidated)
        .map((q) => q.queryKey.join('/'))
        .sort();
    return { client, invalidated };
  }

  it("'messages': the unread counts, the thread lists and that thread", () => {
    const { client, invalidated } = seeded();
    applyLiveEvent(client, { type: 'messages', threadId: THREAD_ID });
    expect(invalidated()).toEqual([
      `messages/thread/${THREAD_ID}`,
      'messages/threads//threads',
      'messages/unread',
    ]);
  });

  it("'notifications': the notification list and badge, and the message badge", () => {
    const { client, invalidated } = seeded();
    applyLiveEvent(client, { type: 'notifications' });
    expect(invalidated()).toEqual([
      'messages/threads//threads',
      'messages/unread',
      'notifications/list',
      'notifications/unread',
    ]);
    expect(NOTIFICATIONS_KEY).toEqual(['notifications']);
  });

  it('a messages event fetches the thread anew along with the counts and the lists', () => {
    const { client, invalidated } = seeded();
    refreshThreadLive(client, THREAD_ID);
    expect(invalidated()).toEqual([
      `messages/thread/${THREAD_ID}`,
      'messages/threads//threads',
      'messages/unread',
    ]);
  });
});

describe('the live connection in the app', () => {
  it('a signed-in parent has one stream; a message event refreshes the unread badge at once', async () => {
    let unreadAsked = 0;
    mockFetch({
      'GET /api/v1/me': () => ({ status: 200, body: meFor(guardianAccount) }),
      'GET /api/v1/messages/unread': () => {
        unreadAsked++;
        return { status: 200, body: { total: unreadAsked > 1 ? 1 : 0, groups: [] } };
      },
      'GET /api/v1/threads': () => ({ status: 200, body: { threads: [summary()], nextBefore: null } }),
    });
    renderApp('/berichten');
    await screen.findByRole('heading', { name: 'Berichten', level: 1 });
    await waitFor(() => expect(unreadAsked).toBe(1));
    expect(open().map((s) => s.url)).toEqual([`/api/v1/events?account=${guardianAccount.id}`]);
    act(() => {
      latest().open();
      latest().send('messages', JSON.stringify({ type: 'messages', threadId: THREAD_ID }));
    });
    await waitFor(() => expect(unreadAsked).toBe(2));
  });

  it('signed out, no stream is opened', async () => {
    mockFetch({ 'GET /api/v1/me': () => apiError(401, 'unauthenticated') });
    renderApp('/inloggen');
    await screen.findByLabelText('E-mailadres', { exact: false });
    expect(FakeEventSource.all).toEqual([]);
  });
});
