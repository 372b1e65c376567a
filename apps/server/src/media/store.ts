import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, opendir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';

/** A byte range of a stored file, both ends included (as in an HTTP `Range` header). */
export interface ByteRange {
  start: number;
  end: number;
}

export interface StoredFile {
  bytes: number;
  modifiedAt: Date;
}

/**
 * Where the files of media live, by storage key (`<organisation id>/<yyyy>/<mm>/<uuid>.jpg`). Files arrive as
 * finished local temporary files (an upload is received and processed on local disk first) and are moved in
 * whole, so a key never names a half-written file. The filesystem store below keeps them under the data
 * folder; an S3-compatible store can implement the same interface.
 */
export interface MediaStore {
  /** A path for a new local temporary file (not created); temporary files older than an hour are swept. */
  tempPath(suffix?: string): string;
  /** Moves the finished temporary file at `tempPath` in under `key`, durably (fsync). */
  put(key: string, tempPath: string): Promise<void>;
  /** The file under `key`, or null when there is none. */
  stat(key: string): Promise<StoredFile | null>;
  /** Reads the file under `key`, all of it or the bytes of `range`. */
  read(key: string, range?: ByteRange): Readable;
  /** Removes the file under `key`; a missing file is fine. */
  remove(key: string): Promise<void>;
  /** The keys of files last written before `moment`. */
  keysOlderThan(moment: Date): AsyncIterable<string>;
  /** Removes temporary files last written before `moment`; returns how many. */
  removeTempOlderThan(moment: Date): Promise<number>;
}

const KEY = /^[0-9a-f-]+(\/[0-9a-f-]+)*\.(jpg|mp4|webm|pdf)$/;
const TEMP_DIR = '.tmp';

/** Refuses anything that is not a storage key the server made (no `..`, no absolute paths). */
function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not a storage key: ${key}`);
  return key;
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Media on the local filesystem under `root` (e.g. `<data folder>/media`), temporary files in `root/.tmp`. */
export class FileMediaStore implements MediaStore {
  readonly root: string;
  readonly #temp: string;
  #tempReady = false;

  constructor(root: string) {
    this.root = root;
    this.#temp = join(root, TEMP_DIR);
  }

  #path(key: string): string {
    return join(this.root, ...checkKey(key).split('/'));
  }

  /** Makes the temporary folder (once); call before writing to a tempPath. */
  async ready(): Promise<void> {
    if (this.#tempReady) return;
    await mkdir(this.#temp, { recursive: true });
    this.#tempReady = true;
  }

  tempPath(suffix = ''): string {
    return join(this.#temp, `${randomUUID()}${suffix}`);
  }

  async put(key: string, tempPath: string): Promise<void> {
    const target = this.#path(key);
    await fsyncPath(tempPath);
    await mkdir(dirname(target), { recursive: true });
    await rename(tempPath, target);
    await fsyncPath(dirname(target));
  }

  async stat(key: string): Promise<StoredFile | null> {
    try {
      const s = await stat(this.#path(key));
      return s.isFile() ? { bytes: s.size, modifiedAt: s.mtime } : null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  read(key: string, range?: ByteRange): Readable {
    return createReadStream(this.#path(key), range ? { start: range.start, end: range.end } : {});
  }

  async remove(key: string): Promise<void> {
    await rm(this.#path(key), { force: true });
  }

  async *keysOlderThan(moment: Date): AsyncIterable<string> {
    for await (const path of walk(this.root, true)) {
      const key = relative(this.root, path).split(sep).join('/');
      if (!KEY.test(key)) continue;
      const s = await stat(path).catch(() => null);
      if (s && s.mtime < moment) yield key;
    }
  }

  async removeTempOlderThan(moment: Date): Promise<number> {
    let removed = 0;
    for await (const path of walk(this.#temp, false)) {
      const s = await stat(path).catch(() => null);
      if (s && s.mtime < moment) {
        await rm(path, { force: true });
        removed++;
      }
    }
    return removed;
  }
}

/** Every file below `dir` (none when it does not exist); the temporary folder is skipped when `skipTemp`. */
async function* walk(dir: string, skipTemp: boolean): AsyncIterable<string> {
  let handle: Awaited<ReturnType<typeof opendir>>;
  try {
    handle = await opendir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  for await (const entry of handle) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (skipTemp && entry.name === TEMP_DIR) continue;
      yield* walk(path, false);
    } else if (entry.isFile()) {
      yield path;
    }
  }
}
