import { rmSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { type BenchDatabase, createBenchDatabase, describeDatabase } from './database.ts';
import { DEMO_LOGINS, type Endpoint, endpoints, REFERENCE_PATH, type SessionRole } from './endpoints.ts';
import { machineInfo, markdownTable, SESSION_COOKIE, writeResults } from './report.ts';
import { type ScaleSeedSummary, seedScaleOn } from './scale-seed.ts';
import { type BenchServer, createDataDir, launchServer } from './server.ts';

const ROOT = join(import.meta.dirname, '..');
const CONNECTIONS = 10;
const WARM_UP_SECONDS = 1;
/** Load on the empty floor route before anything is measured: a fresh process answers slower until it is warm. */
const SERVER_WARM_UP_SECONDS = 5;

interface Measurement {
  name: string;
  method: string;
  path: string;
  seconds: number;
  /** Responses with a 2xx status per second. */
  requestsPerSecond: number;
  ok: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Percentiles over the 2xx responses, ms. */
  latencyMs: { p50: number; p97_5: number; p99: number; max: number } | null;
  /** Throughput relative to the empty floor route (1 = as fast as doing nothing). */
  throughputRatio: number | null;
  /** Median latency relative to the empty floor route's. */
  p50Ratio: number | null;
  /** Highest sampled server RSS while this endpoint ran, MiB. */
  peakRssMiB: number | null;
}

function secondsFromEnv(): number {
  const raw = process.env.BENCH_SECONDS;
  if (raw === undefined || raw === '') return 5;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new Error(`BENCH_SECONDS is not a positive number: ${raw}`);
  return seconds;
}

/** `BENCH_SCALE_CHILDREN`: how many children the scale seed adds (5,000 by default; 0 measures the bare demo). */
function scaleFromEnv(): number {
  const raw = process.env.BENCH_SCALE_CHILDREN;
  if (raw === undefined || raw === '') return 5000;
  const children = Number(raw);
  if (!Number.isInteger(children) || children < 0)
    throw new Error(`BENCH_SCALE_CHILDREN is not a whole number: ${raw}`);
  return children;
}

const mib = (kib: number | null) => (kib === null ? null : Math.round((kib / 1024) * 10) / 10);

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

function headersFor(endpoint: Endpoint, cookies: Map<SessionRole, string>): Record<string, string> {
  const headers: Record<string, string> = {};
  if (endpoint.method !== 'GET') headers['x-nestje-csrf'] = '1';
  if (endpoint.body !== undefined) headers['content-type'] = 'application/json';
  if (endpoint.session) {
    const cookie = cookies.get(endpoint.session);
    if (cookie) headers.cookie = `${SESSION_COOKIE}=${cookie}`;
  }
  return headers;
}

/** Signs in once as a demo account and returns the session cookie's value, or null (then the runs show 401s). */
async function signIn(server: BenchServer, role: SessionRole): Promise<string | null> {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-nestje-csrf': '1' },
    body: JSON.stringify(DEMO_LOGINS[role]),
  });
  await response.body?.cancel();
  const prefix = `${SESSION_COOKIE}=`;
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(prefix));
  if (response.status !== 200 || !cookie) {
    console.warn(`Signing in as the demo ${role} failed (HTTP ${response.status}).`);
    return null;
  }
  return cookie.slice(prefix.length).split(';')[0]!;
}

interface Run {
  result: autocannon.Result;
  latencies: Float64Array;
}

function load(server: BenchServer, endpoint: Endpoint, headers: Record<string, string>, seconds: number) {
  return new Promise<Run>((resolve, reject) => {
    // autocannon's own histogram keeps whole milliseconds; the floor routes answer in less, so keep every
    // response time of the 2xx answers here.
    let latencies = new Float64Array(1 << 16);
    let count = 0;
    const instance = autocannon(
      {
        url: `${server.url}${endpoint.path}`,
        method: endpoint.method,
        headers,
        ...(endpoint.body !== undefined ? { body: JSON.stringify(endpoint.body) } : {}),
        connections: CONNECTIONS,
        duration: seconds,
      },
      (err, result) => {
        if (err) reject(err);
        else resolve({ result, latencies: latencies.subarray(0, count).sort() });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode < 200 || statusCode >= 300) return;
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = responseTime;
    });
  });
}

async function measure(
  server: BenchServer,
  endpoint: Endpoint,
  cookies: Map<SessionRole, string>,
  seconds: number,
  warmUp = true,
): Promise<Measurement> {
  const headers = headersFor(endpoint, cookies);
  if (warmUp) await load(server, endpoint, headers, WARM_UP_SECONDS);
  server.resetWindow();
  const { result, latencies } = await load(server, endpoint, headers, seconds);
  const ok = result['2xx'];
  return {
    name: endpoint.name,
    method: endpoint.method,
    path: endpoint.path,
    seconds: result.duration,
    requestsPerSecond: ok / result.duration,
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
    latencyMs:
      latencies.length === 0
        ? null
        : {
            p50: percentile(latencies, 50),
            p97_5: percentile(latencies, 97.5),
            p99: percentile(latencies, 99),
            max: latencies[latencies.length - 1]!,
          },
    throughputRatio: null,
    p50Ratio: null,
    peakRssMiB: mib(server.windowPeakKiB()),
  };
}

function addRatios(measurements: Measurement[]): void {
  const reference = measurements.find((m) => m.path === REFERENCE_PATH);
  if (!reference || reference.ok === 0 || !reference.latencyMs) return;
  for (const m of measurements) {
    m.throughputRatio = m.requestsPerSecond / reference.requestsPerSecond;
    m.p50Ratio = m.latencyMs ? m.latencyMs.p50 / reference.latencyMs.p50 : null;
  }
}

function formatNumber(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function formatTable(measurements: Measurement[]): string {
  const ratio = (value: number | null) =>
    value === null ? '–' : `${value < 1 ? value.toPrecision(2) : formatNumber(value)}×`;
  const ms = (value: number | undefined) => (value === undefined ? '–' : formatNumber(value));
  const header = [
    'endpoint',
    'req/s',
    'p50 ms',
    'p97.5 ms',
    'p99 ms',
    'non-2xx',
    'errors',
    'req/s ÷ floor',
    'p50 ÷ floor',
  ];
  const rows = measurements.map((m) => [
    m.name,
    formatNumber(m.requestsPerSecond),
    ms(m.latencyMs?.p50),
    ms(m.latencyMs?.p97_5),
    ms(m.latencyMs?.p99),
    String(m.non2xx),
    String(m.errors),
    ratio(m.throughputRatio),
    ratio(m.p50Ratio),
  ]);
  return markdownTable(header, rows);
}

async function main(): Promise<number> {
  const seconds = secondsFromEnv();
  const scaleChildren = scaleFromEnv();
  const givenUrl = process.env.BENCH_DATABASE_URL || null;
  let database: BenchDatabase | null = null;
  let server: BenchServer | null = null;
  const dataDir = createDataDir();
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });

  let cleaning: Promise<void> | null = null;
  const cleanUp = () => {
    cleaning ??= (async () => {
      try {
        await server?.stop();
      } finally {
        removeDataDir();
        await database?.drop();
      }
    })();
    return cleaning;
  };
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the server`);
      cleanUp().finally(() => process.exit(code));
    });
  }
  process.once('exit', () => {
    server?.stopNow();
    removeDataDir();
  });

  try {
    const engine = givenUrl ? describeDatabase(givenUrl) : 'embedded (PGlite, fresh data folder)';
    if (givenUrl) {
      database = await createBenchDatabase(givenUrl);
      if (database.created)
        console.log(`Using a fresh database next to ${engine}; it is dropped at the end.`);
    }
    console.log(`Starting the server on ${givenUrl ? 'PostgreSQL' : 'the embedded database'}…`);
    const started = Date.now();
    const databaseUrl = database?.url ?? null;
    server = await launchServer({ root: ROOT, databaseUrl, dataDir });
    await server.waitReady();
    const startSeconds = (Date.now() - started) / 1000;
    console.log(`Ready after ${startSeconds.toFixed(1)} s (pid ${server.pid}).`);

    // The scale seed writes next to the demo organisation the server created; the embedded database is open in
    // one process at a time, so the server stops for it and starts again on the same data.
    let scaleSeed: ScaleSeedSummary | null = null;
    let restartSeconds: number | null = null;
    if (scaleChildren > 0) {
      await server.stop();
      server = null;
      process.stdout.write(`Adding about ${scaleChildren} children with a year of history… `);
      scaleSeed = await seedScaleOn(
        databaseUrl
          ? { kind: 'postgres', url: databaseUrl }
          : { kind: 'pglite', dataDir: join(dataDir, 'pglite') },
        scaleChildren,
      );
      console.log(
        `${scaleSeed.seconds.toFixed(1)} s (+ ${scaleSeed.analyseSeconds.toFixed(1)} s ANALYZE): ` +
          `${scaleSeed.children} children, ${scaleSeed.guardians} guardians, ${scaleSeed.placements} placements, ` +
          `${scaleSeed.groups} groups at ${scaleSeed.locations} more locations, ${scaleSeed.lines} request lines ` +
          `(${scaleSeed.pending} open, ${scaleSeed.pendingAtHaarlem} of them at Haarlem); timeline: ` +
          `${scaleSeed.posts} posts with ${scaleSeed.photos} photos, ${scaleSeed.diaryEntries} diary entries, ` +
          `${scaleSeed.consentAnswers} consent answers, ${scaleSeed.notifications} notifications.`,
      );
      const restarted = Date.now();
      server = await launchServer({ root: ROOT, databaseUrl, dataDir });
      await server.waitReady();
      restartSeconds = (Date.now() - restarted) / 1000;
      console.log(`Started again after ${restartSeconds.toFixed(1)} s (pid ${server.pid}).`);
    }

    const cookies = new Map<SessionRole, string>();
    for (const role of new Set(endpoints.flatMap((e) => (e.session ? [e.session] : [])))) {
      const cookie = await signIn(server, role);
      if (cookie) cookies.set(role, cookie);
    }

    console.log(
      `Measuring ${endpoints.length} endpoints, ${seconds} s each after ${WARM_UP_SECONDS} s of warm-up each, ` +
        `${CONNECTIONS} connections.`,
    );
    const reference = endpoints.find((e) => e.path === REFERENCE_PATH);
    if (reference) {
      process.stdout.write(`  warming the server up (${SERVER_WARM_UP_SECONDS} s)… `);
      await load(server, reference, headersFor(reference, cookies), SERVER_WARM_UP_SECONDS);
      console.log('done');
    }
    const measurements: Measurement[] = [];
    for (const endpoint of endpoints) {
      process.stdout.write(`  ${endpoint.name}… `);
      const m = await measure(server, endpoint, cookies, seconds);
      console.log(`${formatNumber(m.requestsPerSecond)} req/s`);
      measurements.push(m);
    }
    addRatios(measurements);
    // The reference once more: a machine whose speed changed during the run (other load, throttling), or a server
    // left slower by the heavier endpoints, shows here.
    const first = measurements.find((m) => m.path === REFERENCE_PATH);
    let floorDrift: number | null = null;
    if (reference && first && first.requestsPerSecond > 0) {
      process.stdout.write(`  ${reference.name} (again)… `);
      const again = await measure(server, reference, cookies, seconds, false);
      console.log(`${formatNumber(again.requestsPerSecond)} req/s`);
      floorDrift = again.requestsPerSecond / first.requestsPerSecond;
    }

    const memory = {
      atReadyMiB: mib(server.atReady()?.rssKiB ?? null),
      peakDuringLoadMiB: mib(server.peakKiB()),
      peakWholeLifeMiB: mib(server.hwmKiB()),
    };
    console.log(`\n${formatTable(measurements)}\n`);
    if (memory.peakDuringLoadMiB === null) console.log('Server RSS: not available (needs Linux /proc).');
    else
      console.log(
        `Server RSS: ${memory.atReadyMiB} MiB when ready, peak ${memory.peakDuringLoadMiB} MiB during the runs ` +
          `(peak over its whole life, start-up included: ${memory.peakWholeLifeMiB} MiB).`,
      );

    if (floorDrift !== null) {
      const note =
        Math.abs(floorDrift - 1) > 0.25
          ? ' (the machine or the server, e.g. its memory after the heavier endpoints, changed during the run: read the ratios loosely)'
          : '';
      console.log(
        `The empty floor route measured again at the end: ${floorDrift.toFixed(2)}× the first run${note}.`,
      );
    }

    const results = {
      date: new Date().toISOString(),
      machine: machineInfo(),
      database: givenUrl ? { engine: 'postgres', fresh: database?.created ?? false } : { engine: 'pglite' },
      settings: {
        seconds,
        warmUpSeconds: WARM_UP_SECONDS,
        serverWarmUpSeconds: SERVER_WARM_UP_SECONDS,
        connections: CONNECTIONS,
      },
      serverStartSeconds: startSeconds,
      /** What the scale seed added and how long it took; null without it (BENCH_SCALE_CHILDREN=0). */
      scaleSeed,
      serverRestartSeconds: restartSeconds,
      serverMemory: memory,
      /** Throughput of the empty floor route measured again after the others, relative to the first time. */
      floorDrift,
      endpoints: measurements,
    };
    writeResults('latest.json', results);

    const failing = measurements.filter((m) => m.ok === 0);
    for (const m of failing)
      console.error(`${m.name}: no request succeeded (non-2xx ${m.non2xx}, errors ${m.errors}).`);
    return failing.length > 0 ? 1 : 0;
  } catch (err) {
    console.error(`Benchmark failed: ${(err as Error).message}`);
    return 1;
  } finally {
    await cleanUp();
  }
}

process.exitCode = await main();
