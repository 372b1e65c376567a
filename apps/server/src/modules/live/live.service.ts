import type { ServerResponse } from 'node:http';
import type { LiveEvent } from '@nestje/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { Unauthenticated } from '../../errors.ts';

/**
 * How often an idle stream gets a comment line: proxies and load balancers close a connection that stays silent
 * for a minute or so, and the browser would then reconnect for nothing. Tests shorten it.
 */
export const liveStreamTiming = { heartbeatMs: 25_000 };

/** How long the browser waits before reconnecting after the stream broke (the `retry` field). */
const RETRY_MS = 5000;

/** One event in the text/event-stream format: its type as the event name, the whole event as JSON data. */
export function formatLiveEvent(event: LiveEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * The account a stream is for: the one the tab asks for when that one is signed in in this browser, else the
 * first signed-in account (as for every other request without `X-Nestje-Account`).
 */
function streamAccount(request: FastifyRequest, wanted: string | undefined) {
  if (!wanted) {
    const principal = request.principal;
    if (!principal) throw new Unauthenticated();
    return { organisationId: principal.organisationId, accountId: principal.accountId };
  }
  const session = request.browserSessions.find((s) => s.account.id === wanted);
  if (!session) throw new Unauthenticated();
  return { organisationId: session.account.organisationId, accountId: session.account.id };
}

/**
 * GET /events: keeps the response open and writes each live event of the account as it comes. The session is
 * checked when the stream opens only; a stream of a session that is signed out elsewhere runs on until the
 * browser reconnects (a page load, a network change, a server restart), and then gets a 401. What it could
 * receive meanwhile is that something changed for the account, never the content.
 */
export function openLiveStream(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  wantedAccount: string | undefined,
  open: Set<ServerResponse>,
): void {
  const { organisationId, accountId } = streamAccount(request, wantedAccount);
  // From here on the response is ours: Fastify neither serialises nor ends it.
  reply.hijack();
  const res = reply.raw;
  // The security headers set when the request came in are already on `res` and go out with these.
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    // nginx and similar proxies buffer responses by default, which would hold events back.
    'x-accel-buffering': 'no',
    connection: 'keep-alive',
  });
  res.write(`retry: ${RETRY_MS}\n\n`);
  open.add(res);
  const unsubscribe = ctx.realtime.subscribe(organisationId, accountId, (event) => {
    res.write(formatLiveEvent(event));
  });
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), liveStreamTiming.heartbeatMs);
  heartbeat.unref();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    open.delete(res);
  };
  res.on('close', end);
  res.on('error', end);
  request.log.debug({ accountId }, 'live stream opened');
}
