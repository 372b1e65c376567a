/** The demo sign-ins the benchmark can act as (the demo organisation created on an empty database). */
export const DEMO_LOGINS = {
  parent: { email: 'ouder@demo.nestje.nl', password: 'nestje-demo' },
  planner: { email: 'planner@demo.nestje.nl', password: 'nestje-demo' },
  admin: { email: 'beheer@demo.nestje.nl', password: 'nestje-demo' },
} as const;

export type SessionRole = keyof typeof DEMO_LOGINS;

export interface Endpoint {
  /** Shown in the table and the JSON results. */
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path and query string, e.g. `/api/v1/me`. */
  path: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sends the session cookie of this demo sign-in (signed in once before the runs). */
  session?: SessionRole;
}

/** Today in Europe/Amsterdam (the server's calendar), as `YYYY-MM-DD`. */
export function amsterdamToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** The first date with ISO weekday `weekday` (Monday = 1) at least `minDays` after `today`. */
export function nextWeekday(today: string, weekday: number, minDays: number): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + minDays);
  while (((date.getUTCDay() + 6) % 7) + 1 !== weekday) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const TODAY = amsterdamToday();
/**
 * A Tuesday at least three days ahead: past the request deadline and within the horizon, so the demo family's day
 * parts are evaluated (Noortje has no contract that day, Ties has BSO and VSO).
 */
export const OPTIONS_DATE = nextWeekday(TODAY, 2, 3);

/** The Mijn kind feed is also read from half a year back: a page deep in the history (keyset, no offset). */
const SIX_MONTHS_AGO = new Date(Date.now() - 182 * 86_400_000).toISOString();

/** Every ratio is relative to this floor route: it does nothing but pass through the hooks every route has. */
export const REFERENCE_PATH = '/api/v1/bench/empty';

/** Measured in this order; add an entry to measure another endpoint. */
export const endpoints: Endpoint[] = [
  { name: 'floor: empty', method: 'GET', path: REFERENCE_PATH },
  { name: 'floor: 1 × SELECT 1', method: 'GET', path: '/api/v1/bench/select?n=1' },
  { name: 'floor: 10 × SELECT 1', method: 'GET', path: '/api/v1/bench/select?n=10' },
  { name: 'GET /me (parent)', method: 'GET', path: '/api/v1/me', session: 'parent' },
  { name: 'POST /auth/login', method: 'POST', path: '/api/v1/auth/login', body: DEMO_LOGINS.parent },
  { name: 'GET /children (parent)', method: 'GET', path: '/api/v1/children', session: 'parent' },
  {
    name: 'GET /children?search= (planner)',
    method: 'GET',
    path: '/api/v1/children?search=de&limit=25',
    session: 'planner',
  },
  { name: 'GET /groups (planner)', method: 'GET', path: '/api/v1/groups', session: 'planner' },
  { name: 'GET /staff-members (admin)', method: 'GET', path: '/api/v1/staff-members', session: 'admin' },
  {
    name: 'GET /audit-events (admin)',
    method: 'GET',
    path: '/api/v1/audit-events?limit=50',
    session: 'admin',
  },
  {
    name: 'GET /requests/options (parent)',
    method: 'GET',
    path: `/api/v1/requests/options?from=${OPTIONS_DATE}`,
    session: 'parent',
  },
  {
    name: 'GET /agenda 92 days (parent)',
    method: 'GET',
    path: `/api/v1/agenda?from=${TODAY}&days=92`,
    session: 'parent',
  },
  { name: 'GET /assessment (planner)', method: 'GET', path: '/api/v1/assessment', session: 'planner' },
  { name: 'GET /timeline (parent)', method: 'GET', path: '/api/v1/timeline?limit=20', session: 'parent' },
  {
    name: 'GET /timeline 6 months back (parent)',
    method: 'GET',
    path: `/api/v1/timeline?limit=20&before=${encodeURIComponent(`${SIX_MONTHS_AGO}|ffffffff-ffff-ffff-ffff-ffffffffffff`)}`,
    session: 'parent',
  },
  {
    name: 'GET /notifications (parent)',
    method: 'GET',
    path: '/api/v1/notifications?limit=20',
    session: 'parent',
  },
  {
    name: 'GET /notifications/unread (parent)',
    method: 'GET',
    path: '/api/v1/notifications/unread',
    session: 'parent',
  },
  {
    name: 'GET /messages/unread (parent)',
    method: 'GET',
    path: '/api/v1/messages/unread',
    session: 'parent',
  },
  { name: 'GET /threads (parent)', method: 'GET', path: '/api/v1/threads?limit=20', session: 'parent' },
];
