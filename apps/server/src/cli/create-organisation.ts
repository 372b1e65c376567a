// `npm run org:create -- --name "…" --slug … --admin-email … --admin-first-name … --admin-last-name …
// [--location "…"]`: creates an organisation and its first organisation admin on the database the server uses
// (DATABASE_URL, or the embedded database in NESTJE_DATA_DIR), and prints the admin's activation link.
import { parseArgs } from 'node:util';
import { emailSchema } from '@nestje/contract';
import pino from 'pino';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import { DataDirLockedError, lockDataDir } from '../db/lock.ts';
import {
  createOrganisationWithAdmin,
  SlugTakenError,
} from '../modules/organisation/first-organisation.service.ts';
import { startSystem } from '../system.ts';
import { systemClock } from '../time/clock.ts';

const USAGE = `Usage: npm run org:create -- --name "Kinderopvang De Eik" --slug de-eik \\
  --admin-email beheer@de-eik.nl --admin-first-name Anouk --admin-last-name Bakker [--location "Centrum"]`;

const name = (max: number) => z.string().trim().min(1).max(max);
const argsSchema = z.object({
  name: name(200),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and dashes, 2 to 63 characters'),
  'admin-email': emailSchema,
  'admin-first-name': name(100),
  'admin-last-name': name(100),
  location: name(200).optional(),
});

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      name: { type: 'string' },
      slug: { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-first-name': { type: 'string' },
      'admin-last-name': { type: 'string' },
      location: { type: 'string' },
    },
  });
  return argsSchema.safeParse(values);
}

/** Runs the command; returns the exit code (0 done, 1 refused, 2 wrong arguments). */
export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`);
    console.error(`${problems.join('\n')}\n\n${USAGE}`);
    return 2;
  }
  const args = parsed.data;
  const config = { ...loadConfig(env), demo: false };
  let release: (() => void) | null = null;
  try {
    if (!config.databaseUrl) release = lockDataDir(config.dataDir);
  } catch (err) {
    if (!(err instanceof DataDirLockedError)) throw err;
    console.error(
      `${err.message}\nThe embedded database can be opened by one process at a time: stop the server, ` +
        'run this command, then start the server again.',
    );
    return 1;
  }
  try {
    const system = await startSystem({
      config,
      clock: systemClock,
      settableClock: null,
      log: pino({ level: env.LOG_LEVEL ?? 'warn' }),
      background: false,
    });
    try {
      const created = await createOrganisationWithAdmin(system.ctx, {
        name: args.name,
        slug: args.slug,
        locationName: args.location,
        admin: {
          email: args['admin-email'],
          firstName: args['admin-first-name'],
          lastName: args['admin-last-name'],
        },
      });
      const lines = [
        `Organisation "${args.name}" created (slug ${args.slug}, id ${created.organisationId}).`,
        ...(created.locationId ? [`First location "${args.location}" created.`] : []),
        `Organisation admin: ${args['admin-first-name']} ${args['admin-last-name']} <${args['admin-email']}>.`,
        '',
        'Activation link (single use, valid for 30 days):',
        `  ${created.activationLink}`,
        '',
        config.smtpUrl
          ? 'The activation mail is queued and goes out while the Nestje server runs.'
          : 'The activation mail is queued; without SMTP_URL the server keeps it in the database (see /dev/mailbox).',
      ];
      console.log(lines.join('\n'));
      return 0;
    } finally {
      await system.close();
    }
  } catch (err) {
    if (err instanceof SlugTakenError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    release?.();
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2), process.env);
