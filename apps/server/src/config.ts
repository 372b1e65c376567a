import { isAbsolute, join, resolve } from 'node:path';

/** Settings read once from the environment at start-up. */
export interface Config {
  port: number;
  host: string;
  /** `postgres://…` for a real PostgreSQL; null for the embedded database. */
  databaseUrl: string | null;
  /** Folder for the embedded database and other local data. */
  dataDir: string;
  /** `smtp://…`; null keeps mail in the database and shows it at the dev mailbox. */
  smtpUrl: string | null;
  mailFrom: string;
  /** The address parents reach the portal at; links in mails point here. */
  publicUrl: string;
  production: boolean;
  /** Development helpers: the mailbox page and the settable clock. Never in production. */
  devApi: boolean;
  /** Create the demo organisation on an empty database. */
  demo: boolean;
  /** Secure cookies; off only for plain-HTTP hosts other than localhost. */
  secureCookies: boolean;
  logLevel: string;
  /** Floor routes for bench/ (an empty route, N `SELECT 1` round trips). Never in production. */
  benchRoutes: boolean;
  /** Rate limits on sign-in and reset; only bench/ turns them off, never in production. */
  rateLimits: boolean;
  /** Folder of the built web app, served by the same process; null when it is not built. */
  webDist: string | null;
  /**
   * The push services a browser's subscription may point at (a host, or a domain and its subdomains). The server
   * posts to the address a browser gives, so any other address is refused: it would let anyone make the server
   * send requests to a host of their choosing.
   */
  pushServiceHosts: string[];
}

/** The push services of Chrome, Edge, Firefox and Safari. */
export const KNOWN_PUSH_SERVICES = [
  'fcm.googleapis.com',
  'android.googleapis.com',
  'push.services.mozilla.com',
  'notify.windows.com',
  'push.apple.com',
];

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port: ${env.PORT}`);
  const dataDir = env.NESTJE_DATA_DIR ?? 'data';
  const databaseUrl = env.DATABASE_URL || null;
  const devApi = !production && env.NESTJE_DEV_API !== 'false';
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(cwd, dataDir),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM ?? 'Nestje <no-reply@nestje.nl>',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    production,
    devApi,
    demo: env.NESTJE_DEMO ? env.NESTJE_DEMO === 'true' : !databaseUrl,
    secureCookies: env.COOKIE_SECURE !== 'false',
    logLevel: env.LOG_LEVEL ?? 'info',
    benchRoutes: !production && env.NESTJE_BENCH === 'true',
    rateLimits: production || env.NESTJE_RATE_LIMITS !== 'off',
    webDist: env.NESTJE_WEB_DIST ?? join(import.meta.dirname, '..', '..', 'web', 'dist'),
    pushServiceHosts: env.PUSH_SERVICE_HOSTS
      ? env.PUSH_SERVICE_HOSTS.split(',')
          .map((host) => host.trim().toLowerCase())
          .filter(Boolean)
      : KNOWN_PUSH_SERVICES,
  };
}
