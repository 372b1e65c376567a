import { type LiveEvent, liveEventSchema } from '@nestje/contract';
import { API_BASE } from './api.ts';

export interface LiveHandlers {
  onEvent(event: LiveEvent): void;
  /** The stream is back after a break: events sent meanwhile were missed, so what they refresh is refetched. */
  onReconnect(): void;
}

/** Every event type the server sends, as `event:` names; the compiler insists on listing each one. */
const LIVE_EVENT_TYPES = Object.keys({
  notifications: true,
  messages: true,
} satisfies Record<LiveEvent['type'], true>);

/**
 * After the server refused the stream (a 401 once the session ended, a 5xx during a deploy) the browser stops
 * reconnecting by itself; the app tries again after this long. Until then the slow polls keep badges roughly
 * current.
 */
export const RETRY_AFTER_REFUSAL_MS = 60_000;

/**
 * Opens the live stream of an account (GET /events, server-sent events) and hands each event to `handlers`.
 * A dropped connection is reconnected by the browser itself (after the server's `retry` of 5 s). Returns the
 * function that closes it. Without EventSource (very old browsers) nothing happens: the polls remain.
 */
export function connectLive(accountId: string, handlers: LiveHandlers): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let broken = false;
  let closed = false;

  const receive = (message: MessageEvent<string>) => {
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      return;
    }
    const parsed = liveEventSchema.safeParse(data);
    if (parsed.success) handlers.onEvent(parsed.data);
  };

  const open = () => {
    retry = null;
    const s = new EventSource(`${API_BASE}/events?${new URLSearchParams({ account: accountId })}`);
    source = s;
    s.onopen = () => {
      if (!broken) return;
      broken = false;
      handlers.onReconnect();
    };
    s.onerror = () => {
      broken = true;
      if (s.readyState !== EventSource.CLOSED || closed) return;
      s.close();
      retry = setTimeout(open, RETRY_AFTER_REFUSAL_MS);
    };
    for (const type of LIVE_EVENT_TYPES) s.addEventListener(type, receive);
  };

  open();
  return () => {
    closed = true;
    if (retry) clearTimeout(retry);
    source?.close();
  };
}
