import { loadConfig } from './config.ts';
import { DataDirLockedError, lockDataDir } from './db/lock.ts';
import { seedDemo } from './demo/seed.ts';
import { startSystem } from './system.ts';
import { SettableClock, systemClock } from './time/clock.ts';

const config = loadConfig();
let releaseLock: (() => void) | null = null;
try {
  if (!config.databaseUrl) releaseLock = lockDataDir(config.dataDir);
} catch (err) {
  if (err instanceof DataDirLockedError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

const settableClock = config.devApi ? new SettableClock() : null;
const system = await startSystem({
  config,
  clock: settableClock ?? systemClock,
  settableClock,
  background: true,
});
const log = system.ctx.log;
const demo = config.demo ? await seedDemo(system.ctx) : null;
await system.app.listen({ port: config.port, host: config.host });

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  try {
    await system.close();
  } finally {
    releaseLock?.();
    process.exit(0);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

const address = system.app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const lines = [
  '',
  `Nestje is running at http://localhost:${port}`,
  `  database: ${config.databaseUrl ? 'PostgreSQL' : `embedded (${config.dataDir})`}`,
  `  mail: ${config.smtpUrl ? 'SMTP' : `kept in the database, see http://localhost:${port}/dev/mailbox`}`,
  `  API description: http://localhost:${port}/api/docs`,
];
if (demo) {
  lines.push(
    '',
    `Demo organisation "${demo.organisationName}"; every demo sign-in has the password ${demo.password}:`,
  );
  for (const login of demo.logins) lines.push(`  ${login.role.padEnd(14)} ${login.email}`);
}
console.log(`${lines.join('\n')}\n`);
