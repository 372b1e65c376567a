import { join } from 'node:path';
import { type BenchDatabase, createBenchDatabase, describeDatabase } from './database.ts';
import { generateImportFile } from './import-data.ts';
import { machineInfo, markdownTable, SESSION_COOKIE, writeResults } from './report.ts';
import { type BenchServer, launchServer } from './server.ts';

/**
 * The CSV import at scale (S2): on the embedded database, and on PostgreSQL when BENCH_DATABASE_URL is set, it
 * starts a server, sets up a fresh location through the API (groups and a contract product), generates a file of
 * 5,000 children (BENCH_IMPORT_CHILDREN), and times the dry run and the run over HTTP. It reports; it never fails
 * because the machine is slow.
 */

const ROOT = join(import.meta.dirname, '..');
const ADMIN = { email: 'beheer@demo.nestje.nl', password: 'nestje-demo' };
const GROUPS = 20;
const PRODUCT = 'Hele dag';

interface ImportMeasurement {
  database: string;
  lines: number;
  fileMiB: number;
  children: number;
  guardians: number;
  placements: number;
  dryRunSeconds: number;
  /** From the request until the first progress line: the lock and the re-check inside the transaction. */
  firstProgressSeconds: number | null;
  runSeconds: number;
  progressLines: number;
  outcome: string;
  summary: unknown;
  serverPeakMiB: number | null;
}

function childrenFromEnv(): number {
  const raw = process.env.BENCH_IMPORT_CHILDREN;
  const n = raw ? Number(raw) : 5000;
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`BENCH_IMPORT_CHILDREN is not a positive integer: ${raw}`);
  return n;
}

class Api {
  readonly #url: string;
  #cookie = '';
  constructor(url: string) {
    this.#url = url;
  }
  async signIn(): Promise<void> {
    const res = await this.request('POST', '/api/v1/auth/login', ADMIN);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    await res.body?.cancel();
    if (res.status !== 200 || !cookie)
      throw new Error(`signing in as ${ADMIN.email} failed (HTTP ${res.status})`);
    this.#cookie = cookie.split(';')[0] as string;
  }
  request(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<Response> {
    const headers: Record<string, string> = { 'x-nestje-csrf': '1' };
    if (this.#cookie) headers.cookie = this.#cookie;
    if (body !== undefined) headers['content-type'] = contentType;
    const payload = body === undefined || typeof body === 'string' ? body : JSON.stringify(body);
    return fetch(`${this.#url}${path}`, {
      method,
      headers,
      ...(payload === undefined ? {} : { body: payload }),
    });
  }
  async json<T>(method: string, path: string, body?: unknown, contentType?: string): Promise<T> {
    const res = await this.request(method, path, body, contentType);
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 500)}`);
    return JSON.parse(text) as T;
  }
}

/** A fresh location with its groups, each offering one contract product on weekdays. */
async function setUpLocation(api: Api, tag: string): Promise<{ locationId: string; groupNames: string[] }> {
  const location = await api.json<{ id: string }>('POST', '/api/v1/locations', {
    name: `Bench import ${tag}`,
  });
  const openingHours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: '07:00', closesAt: '18:30' }));
  const groupNames: string[] = [];
  const groupIds: string[] = [];
  for (let i = 1; i <= GROUPS; i++) {
    const name = `Groep ${i}`;
    const group = await api.json<{ id: string }>('POST', '/api/v1/groups', {
      locationId: location.id,
      name,
      kind: 'KDV',
      minAgeMonths: 0,
      maxAgeMonths: 48,
      capacity: 16,
      openingHours,
    });
    groupNames.push(name);
    groupIds.push(group.id);
  }
  await api.json('POST', '/api/v1/care-products', {
    name: PRODUCT,
    startTime: '07:30',
    endTime: '18:30',
    weekdays: [1, 2, 3, 4, 5],
    weekType: 'any',
    pricing: 'hourly',
    priceCents: 1000,
    usage: 'contract',
    groupIds,
  });
  return { locationId: location.id, groupNames };
}

/** Reads the run's NDJSON answer to its end: how many progress lines, when the first came, and the last event. */
async function readRun(res: Response, started: number) {
  let firstProgressAt: number | null = null;
  let progressLines = 0;
  let last: { type: string; summary?: unknown; errors?: unknown[] } | null = null;
  let buffered = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(chunk, { stream: true });
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
      if (line === '') continue;
      last = JSON.parse(line);
      if (last?.type === 'progress') {
        progressLines++;
        firstProgressAt ??= performance.now();
      }
    }
  }
  return {
    firstProgressSeconds: firstProgressAt === null ? null : (firstProgressAt - started) / 1000,
    progressLines,
    last,
  };
}

async function measureOn(
  label: string,
  databaseUrl: string | null,
  children: number,
): Promise<ImportMeasurement> {
  let database: BenchDatabase | null = null;
  let server: BenchServer | null = null;
  const onExit = () => server?.stopNow();
  process.once('exit', onExit);
  try {
    if (databaseUrl) database = await createBenchDatabase(databaseUrl);
    console.log(`\n${label}: starting the server…`);
    server = await launchServer({ root: ROOT, databaseUrl: database?.url ?? null });
    await server.waitReady();
    const api = new Api(server.url);
    await api.signIn();
    const tag = Date.now().toString(36);
    const { locationId, groupNames } = await setUpLocation(api, tag);
    const file = generateImportFile({ children, groupNames, productName: PRODUCT, tag });
    const bytes = Buffer.byteLength(file.csv);
    const lines = file.placements;
    console.log(
      `${label}: ${file.children} children, ${file.guardians} guardians, ${file.placements} placements ` +
        `(${lines} lines, ${(bytes / 1024 / 1024).toFixed(1)} MiB) into a location with ${GROUPS} groups.`,
    );
    server.resetWindow();

    const dryStarted = performance.now();
    const report = await api.json<{
      id: string;
      canRun: boolean;
      totals: Record<string, number>;
      fileIssues: unknown[];
      lines: { issues: unknown[] }[];
    }>('POST', `/api/v1/imports?locationId=${locationId}&fileName=bench.csv`, file.csv, 'text/csv');
    const dryRunSeconds = (performance.now() - dryStarted) / 1000;
    console.log(`${label}: dry run ${dryRunSeconds.toFixed(2)} s — totals ${JSON.stringify(report.totals)}`);
    if (!report.canRun) {
      const issues = [...report.fileIssues, ...report.lines.flatMap((l) => l.issues)].slice(0, 5);
      throw new Error(`the generated file does not check cleanly: ${JSON.stringify(issues)}`);
    }

    const runStarted = performance.now();
    const res = await api.request('POST', `/api/v1/imports/${report.id}/run`);
    if (res.status !== 200) throw new Error(`run: HTTP ${res.status} ${await res.text()}`);
    const run = await readRun(res, runStarted);
    const runSeconds = (performance.now() - runStarted) / 1000;
    const outcome = run.last?.type ?? 'no answer';
    console.log(
      `${label}: run ${runSeconds.toFixed(2)} s — ${outcome} ${JSON.stringify(run.last?.summary ?? run.last?.errors ?? null)}`,
    );
    const peak = server.windowPeakKiB();
    return {
      database: label,
      lines,
      fileMiB: Math.round((bytes / 1024 / 1024) * 100) / 100,
      children: file.children,
      guardians: file.guardians,
      placements: file.placements,
      dryRunSeconds,
      firstProgressSeconds: run.firstProgressSeconds,
      runSeconds,
      progressLines: run.progressLines,
      outcome,
      summary: run.last?.summary ?? run.last?.errors ?? null,
      serverPeakMiB: peak === null ? null : Math.round((peak / 1024) * 10) / 10,
    };
  } finally {
    process.off('exit', onExit);
    await server?.stop();
    await database?.drop();
  }
}

function table(rows: ImportMeasurement[]): string {
  const header = [
    'database',
    'lines',
    'dry run s',
    'run s',
    'to 1st progress s',
    'total s',
    'outcome',
    'peak RSS MiB',
  ];
  const cells = rows.map((m) => [
    m.database,
    String(m.lines),
    m.dryRunSeconds.toFixed(2),
    m.runSeconds.toFixed(2),
    m.firstProgressSeconds === null ? '–' : m.firstProgressSeconds.toFixed(2),
    (m.dryRunSeconds + m.runSeconds).toFixed(2),
    m.outcome,
    m.serverPeakMiB === null ? '–' : String(m.serverPeakMiB),
  ]);
  return markdownTable(header, cells);
}

async function main(): Promise<number> {
  const children = childrenFromEnv();
  const givenUrl = process.env.BENCH_DATABASE_URL || null;
  const targets: [string, string | null][] = [['embedded (PGlite)', null]];
  if (givenUrl) targets.push([describeDatabase(givenUrl), givenUrl]);
  const results: ImportMeasurement[] = [];
  let failed = false;
  for (const [label, url] of targets) {
    try {
      results.push(await measureOn(label, url, children));
    } catch (err) {
      failed = true;
      console.error(`${label}: the import benchmark could not run: ${(err as Error).message}`);
    }
  }
  if (results.length > 0) console.log(`\n${table(results)}\n`);
  writeResults('import-latest.json', {
    date: new Date().toISOString(),
    machine: machineInfo(),
    children,
    results,
  });
  return failed ? 1 : 0;
}

process.exitCode = await main();
