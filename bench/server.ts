import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const START_TIMEOUT_MS = 180_000;
const SAMPLE_EVERY_MS = 100;
/** Server output lines shown once it is ready (warnings, errors); the rest is only counted. */
const FORWARD_LINES = 20;

export interface MemorySample {
  /** Resident set size now, KiB. */
  rssKiB: number;
  /** Peak resident set size over the process's whole life (start-up included), KiB. */
  hwmKiB: number;
}

/** Reads the memory of a process from `/proc` (Linux); null elsewhere or once it has exited. */
export function readMemory(pid: number): MemorySample | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  const rssKiB = field('VmRSS');
  const hwmKiB = field('VmHWM');
  return Number.isFinite(rssKiB) && Number.isFinite(hwmKiB) ? { rssKiB, hwmKiB } : null;
}

export interface BenchServer {
  url: string;
  pid: number;
  /** Waits until `/readyz` answers 200; stops the server and throws when it exits or takes too long. */
  waitReady(): Promise<void>;
  /** Memory when `/readyz` first answered 200. */
  atReady(): MemorySample | null;
  /** Starts a new window for `windowPeakKiB`. */
  resetWindow(): void;
  /** Highest sampled RSS since the last `resetWindow`, KiB. */
  windowPeakKiB(): number | null;
  /** Highest sampled RSS since ready, KiB. */
  peakKiB(): number | null;
  /** Last read VmHWM (whole life), KiB. */
  hwmKiB(): number | null;
  /** Stops the server and removes its data folder; safe to call more than once. */
  stop(): Promise<void>;
  /** The same, synchronously and without waiting: for `process.on('exit')`. */
  stopNow(): void;
}

/** A fresh temporary data folder for a server (or for servers one after the other on one database). */
export function createDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'nestje-bench-'));
}

/** `BENCH_PORT`: a fixed port for the server instead of a free one (where only some ports may be used). */
function portFromEnv(): number | null {
  const raw = process.env.BENCH_PORT;
  if (raw === undefined || raw === '') return null;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`BENCH_PORT is not a port: ${raw}`);
  return port;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `apps/server/src/main.ts` as a child process (so its memory is its own) on a free port with the bench
 * routes on and rate limits off, on a fresh embedded database or on `databaseUrl`. The handle comes back at once
 * so the caller can stop the server while it is still starting; `waitReady` waits for `/readyz`.
 */
export async function launchServer(options: {
  root: string;
  databaseUrl: string | null;
  /** A data folder the caller owns (kept on stop, so a second server can reopen it); a fresh one otherwise. */
  dataDir?: string;
}): Promise<BenchServer> {
  const ownsData = options.dataDir === undefined;
  const dataDir = options.dataDir ?? createDataDir();
  const port = portFromEnv() ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NESTJE_BENCH: 'true',
    NESTJE_RATE_LIMITS: 'off',
    NESTJE_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  delete env.NODE_ENV;
  delete env.DATABASE_URL;
  delete env.NESTJE_DEMO;
  if (options.databaseUrl) {
    env.DATABASE_URL = options.databaseUrl;
    env.NESTJE_DEMO = 'true';
  }

  const child: ChildProcess = spawn(process.execPath, [join(options.root, 'apps/server/src/main.ts')], {
    cwd: options.root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const startOutput: string[] = [];
  let ready = false;
  let forwarded = 0;
  let suppressed = 0;
  const onOutput = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      if (!ready) {
        startOutput.push(line);
        if (startOutput.length > 200) startOutput.shift();
      } else if (forwarded < FORWARD_LINES) {
        forwarded++;
        console.error(`server| ${line}`);
      } else suppressed++;
    }
  };
  child.stdout?.on('data', onOutput);
  child.stderr?.on('data', onOutput);
  let exitCode: number | string | null = null;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exitCode = code ?? signal ?? 'unknown';
      resolve();
    });
    child.once('error', (err) => {
      // Only when the process could not be started (or signalled); 'exit' may not follow.
      if (child.pid === undefined) {
        exitCode = err.message;
        resolve();
      }
    });
  });

  let stopped = false;
  const removeData = () => {
    if (ownsData) rmSync(dataDir, { recursive: true, force: true });
  };
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    if (exitCode === null) child.kill('SIGKILL');
    removeData();
  };
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    clearInterval(sampler);
    if (exitCode === null) {
      child.kill('SIGTERM');
      const finished = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
      if (!finished) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    if (suppressed > 0) console.error(`server| … ${suppressed} more lines of server output not shown`);
    // PGlite may still be flushing files for a moment after a forced stop.
    for (let attempt = 0; ; attempt++) {
      try {
        removeData();
        break;
      } catch (err) {
        if (attempt >= 5) throw err;
        await sleep(200);
      }
    }
  };

  let peak: number | null = null;
  let windowPeak: number | null = null;
  let hwm: number | null = null;
  const sample = () => {
    const memory = child.pid === undefined ? null : readMemory(child.pid);
    if (!memory) return;
    // The kernel updates VmHWM lazily: a fresh VmRSS may be above it for a moment.
    hwm = Math.max(hwm ?? 0, memory.hwmKiB, memory.rssKiB);
    if (!ready) return;
    peak = Math.max(peak ?? 0, memory.rssKiB);
    windowPeak = Math.max(windowPeak ?? 0, memory.rssKiB);
  };
  const sampler = setInterval(sample, SAMPLE_EVERY_MS);
  sampler.unref();

  const url = `http://127.0.0.1:${port}`;
  let atReady: MemorySample | null = null;
  const waitReady = async () => {
    const deadline = Date.now() + START_TIMEOUT_MS;
    try {
      if (child.pid === undefined) throw new Error('the server process did not start');
      while (!ready) {
        if (exitCode !== null) throw new Error(`the server exited (${exitCode}) before it was ready`);
        if (Date.now() > deadline)
          throw new Error(`the server was not ready after ${START_TIMEOUT_MS / 1000} s`);
        try {
          const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) });
          await response.body?.cancel();
          if (response.status === 200) ready = true;
        } catch {
          // Not listening yet.
        }
        if (!ready) await Promise.race([sleep(200), exited]);
      }
    } catch (err) {
      await stop();
      const tail = startOutput.slice(-40).join('\n');
      throw new Error(`${(err as Error).message}${tail ? `\n--- server output ---\n${tail}` : ''}`);
    }
    atReady = readMemory(child.pid);
    sample();
  };
  return {
    url,
    pid: child.pid ?? 0,
    waitReady,
    atReady: () => atReady,
    resetWindow: () => {
      windowPeak = null;
      sample();
    },
    windowPeakKiB: () => {
      sample();
      return windowPeak;
    },
    peakKiB: () => {
      sample();
      return peak;
    },
    hwmKiB: () => {
      sample();
      return hwm;
    },
    stop,
    stopNow,
  };
}
