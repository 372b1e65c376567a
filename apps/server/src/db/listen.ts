import pg from 'pg';

/** What a LISTEN on one channel reports. */
export interface ListenHandlers {
  /** A NOTIFY on the channel committed (in any process on the same database). */
  onPayload(payload: string): void;
  /**
   * The listening connection was lost and is back: notifications sent while it was gone are lost, so whoever
   * listens must assume it missed some.
   */
  onReconnect(): void;
  /** The connection dropped or a reconnect failed (for the log); listening goes on trying. */
  onError?(err: unknown): void;
}

/** Stops listening and closes the connection. */
export type StopListening = () => Promise<void>;

export interface PostgresListenOptions {
  /** First wait before reconnecting; doubles on each failed attempt up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * LISTEN on PostgreSQL through one dedicated connection, outside the pool: a pooled connection is handed to
 * other queries between uses, and a LISTEN lives only as long as its session. When the connection drops (a
 * restart, a fail-over, a network cut) it reconnects with back-off and says so through `onReconnect`.
 * The first connection must succeed: the server does not start without its live updates.
 */
export async function listenPostgres(
  config: pg.ClientConfig,
  channel: string,
  handlers: ListenHandlers,
  options: PostgresListenOptions = {},
): Promise<StopListening> {
  const minDelay = options.minDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 30_000;
  let client: pg.Client | null = null;
  let stopped = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | null = null;

  const connect = async (): Promise<pg.Client> => {
    const c = new pg.Client({
      ...config,
      application_name: 'nestje-live',
      // A half-open connection (the other side vanished without a goodbye) is noticed within a minute or so.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    c.on('notification', (message) => {
      if (!stopped && message.channel === channel && message.payload !== undefined)
        handlers.onPayload(message.payload);
    });
    // Without a listener an 'error' event would crash the process; 'end' follows it and triggers the reconnect.
    c.on('error', (err) => handlers.onError?.(err));
    c.on('end', () => {
      if (client !== c) return;
      client = null;
      scheduleReconnect();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (err) {
      c.removeAllListeners('end');
      await c.end().catch(() => {});
      throw err;
    }
    return c;
  };

  const scheduleReconnect = () => {
    if (stopped || timer) return;
    // Jitter, so that many server processes do not all knock at the same moment after a database restart.
    const delay = Math.min(maxDelay, minDelay * 2 ** attempt) * (0.75 + Math.random() * 0.5);
    attempt++;
    timer = setTimeout(async () => {
      timer = null;
      if (stopped) return;
      try {
        const c = await connect();
        if (stopped) {
          await c.end().catch(() => {});
          return;
        }
        client = c;
        attempt = 0;
        handlers.onReconnect();
      } catch (err) {
        handlers.onError?.(err);
        scheduleReconnect();
      }
    }, delay);
    timer.unref();
  };

  client = await connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = null;
    const c = client;
    client = null;
    await c?.end().catch(() => {});
  };
}
