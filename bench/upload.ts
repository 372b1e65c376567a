import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { machineInfo, markdownTable, SESSION_COOKIE, writeResults } from './report.ts';
import { type BenchServer, launchServer } from './server.ts';

/**
 * The upload pipeline (POST /api/v1/media) against bare sharp on the same photo in the same run: a ~12-megapixel
 * JPEG with noise (so it does not compress to nothing) is uploaded by the demo parent, one upload at a time, and
 * the same bytes are turned into the same three variants by sharp alone in this process. Rounds alternate the two,
 * so a change in the machine's speed hits both. It reports the ratio; it never fails because a machine is slow.
 */

const ROOT = join(import.meta.dirname, '..');
const PARENT = { email: 'ouder@demo.nestje.nl', password: 'nestje-demo' };
const WIDTH = 4000;
const HEIGHT = 3000;
const SIDES = { small: 480, screen: 1600, full: 8192 };

function roundsFromEnv(): number {
  const raw = process.env.BENCH_UPLOAD_ROUNDS;
  const n = raw ? Number(raw) : 5;
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_UPLOAD_ROUNDS is not a positive integer: ${raw}`);
  return n;
}

/** A photo of WIDTH × HEIGHT: a gradient with noise, as a camera JPEG (quality 90). */
async function photo(): Promise<Buffer> {
  const raw = Buffer.alloc(WIDTH * HEIGHT * 3);
  const noise = randomBytes(raw.length);
  for (let i = 0; i < raw.length; i++)
    raw[i] = (((i % (WIDTH * 3)) / (WIDTH * 3)) * 190 + (noise[i]! >> 2)) | 0;
  return sharp(raw, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/**
 * The same bytes with a JPEG comment holding `n` after the start marker: the same image, but another checksum, so
 * the server does not answer a repeat with the first result.
 */
function variantOf(jpeg: Buffer, n: number): Buffer {
  const text = Buffer.from(`bench ${n}`);
  const segment = Buffer.alloc(4 + text.length);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  text.copy(segment, 4);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/**
 * Bare sharp doing what the server's pipeline does, in memory: the full image and a reduced decode for `screen`
 * side by side, `small` from the reduced one; upright, no metadata.
 */
async function bareSharp(jpeg: Buffer): Promise<void> {
  const image = sharp(jpeg).autoOrient();
  const fit = (side: number) => [side, side, { fit: 'inside', withoutEnlargement: true }] as const;
  const [, screen] = await Promise.all([
    image
      .clone()
      .resize(...fit(SIDES.full))
      .jpeg({ quality: 82 })
      .toBuffer(),
    image
      .clone()
      .resize(...fit(SIDES.screen))
      .raw()
      .toBuffer({ resolveWithObject: true }),
  ]);
  const raw = { width: screen.info.width, height: screen.info.height, channels: screen.info.channels };
  await Promise.all([
    sharp(screen.data, { raw }).jpeg({ quality: 82 }).toBuffer(),
    sharp(screen.data, { raw })
      .resize(...fit(SIDES.small))
      .jpeg({ quality: 82 })
      .toBuffer(),
  ]);
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-nestje-csrf': '1' },
    body: JSON.stringify(PARENT),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  await res.body?.cancel();
  if (res.status !== 200 || !cookie) throw new Error(`signing in failed (HTTP ${res.status})`);
  return cookie.split(';')[0] as string;
}

async function uploadOnce(url: string, cookie: string, body: Buffer): Promise<void> {
  const res = await fetch(`${url}/api/v1/media`, {
    method: 'POST',
    headers: { cookie, 'x-nestje-csrf': '1', 'content-type': 'image/jpeg' },
    body,
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`upload: HTTP ${res.status} ${text.slice(0, 300)}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main(): Promise<number> {
  const rounds = roundsFromEnv();
  const jpeg = await photo();
  console.log(
    `photo: ${WIDTH}×${HEIGHT}, ${(jpeg.length / 1024 / 1024).toFixed(2)} MiB JPEG; ${rounds} rounds`,
  );
  let server: BenchServer | null = null;
  const onExit = () => server?.stopNow();
  process.on('exit', onExit);
  try {
    server = await launchServer({ root: ROOT, databaseUrl: null });
    await server.waitReady();
    const cookie = await signIn(server.url);
    // Warm both up once (first decode, first request); not counted.
    await bareSharp(jpeg);
    await uploadOnce(server.url, cookie, variantOf(jpeg, 0));
    server.resetWindow();
    const uploadMs: number[] = [];
    const sharpMs: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      let started = performance.now();
      await bareSharp(jpeg);
      sharpMs.push(performance.now() - started);
      const body = variantOf(jpeg, round);
      started = performance.now();
      await uploadOnce(server.url, cookie, body);
      uploadMs.push(performance.now() - started);
    }
    // Then as a server is used: several uploads at once (as many as the machine has cores), against as many
    // bare sharp runs at once; throughput is photos per second of wall time.
    const parallel = Math.max(2, availableParallelism());
    const { url } = server;
    const uploadBatchMs: number[] = [];
    const sharpBatchMs: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      let started = performance.now();
      await Promise.all(Array.from({ length: parallel }, () => bareSharp(jpeg)));
      sharpBatchMs.push(performance.now() - started);
      const bodies = Array.from({ length: parallel }, (_, k) => variantOf(jpeg, 1000 * round + k));
      started = performance.now();
      await Promise.all(bodies.map((body) => uploadOnce(url, cookie, body)));
      uploadBatchMs.push(performance.now() - started);
    }
    const upload = median(uploadMs);
    const bare = median(sharpMs);
    const ratio = bare / upload;
    const concurrentRatio = median(sharpBatchMs) / median(uploadBatchMs);
    const peak = server.windowPeakKiB();
    console.log(
      `\n${markdownTable(
        ['12 MP JPEG → 3 variants', 'median ms', 'min ms', 'per s'],
        [
          [
            'bare sharp (in process)',
            bare.toFixed(0),
            Math.min(...sharpMs).toFixed(0),
            (1000 / bare).toFixed(2),
          ],
          [
            'POST /api/v1/media',
            upload.toFixed(0),
            Math.min(...uploadMs).toFixed(0),
            (1000 / upload).toFixed(2),
          ],
        ],
      )}\n`,
    );
    console.log(
      `${parallel} at a time: bare sharp ${((parallel * 1000) / median(sharpBatchMs)).toFixed(2)} photos/s, ` +
        `POST /api/v1/media ${((parallel * 1000) / median(uploadBatchMs)).toFixed(2)} photos/s`,
    );
    console.log(
      `upload ÷ bare sharp: one at a time ${(ratio * 100).toFixed(0)} %, ${parallel} at a time ` +
        `${(concurrentRatio * 100).toFixed(0)} % (goal ≥ 80 %); server peak RSS ${
          peak === null ? '–' : `${(peak / 1024).toFixed(0)} MiB`
        }`,
    );
    writeResults('upload-latest.json', {
      date: new Date().toISOString(),
      machine: machineInfo(),
      photo: { width: WIDTH, height: HEIGHT, bytes: jpeg.length },
      rounds,
      uploadMs,
      sharpMs,
      ratio,
      parallel,
      uploadBatchMs,
      sharpBatchMs,
      concurrentRatio,
      serverPeakMiB: peak === null ? null : peak / 1024,
    });
    return 0;
  } catch (err) {
    console.error(`the upload benchmark could not run: ${(err as Error).message}`);
    return 1;
  } finally {
    process.off('exit', onExit);
    await server?.stop();
  }
}

process.exitCode = await main();
