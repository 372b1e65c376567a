import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { SNIFF_BYTES } from './sniff.ts';

export interface ReceivedFile {
  /** The local temporary file holding the bytes as uploaded; the caller removes or stores it. */
  path: string;
  bytes: number;
  sha256: string;
  /** The first bytes, for sniffing the type. */
  head: Buffer;
}

/** The upload broke off before its end (the client went away). */
export class UploadAborted extends Error {
  constructor() {
    super('The upload broke off');
  }
}

/**
 * Streams an upload into a new temporary file at `path` (never holding it in memory), counting its bytes and
 * computing its SHA-256 on the way. Passing `maxBytes` stops it at once with `tooLarge()`; the rest of the body is
 * then read and dropped, not stored (so the client still gets the answer; close the connection after it). An
 * upload that breaks off rejects with UploadAborted. On any failure the temporary file is removed.
 */
export async function receiveToFile(
  body: Readable,
  path: string,
  maxBytes: number,
  tooLarge: () => Error,
): Promise<ReceivedFile> {
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  let bytes = 0;
  const file = createWriteStream(path, { flags: 'wx' });
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (err: Error) => {
        if (failed) return;
        failed = true;
        body.off('data', onData);
        body.resume();
        file.destroy();
        reject(err);
      };
      const onData = (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > maxBytes) return fail(tooLarge());
        if (headBytes < SNIFF_BYTES) {
          const part = chunk.subarray(0, SNIFF_BYTES - headBytes);
          head.push(part);
          headBytes += part.length;
        }
        hash.update(chunk);
        if (!file.write(chunk)) {
          body.pause();
          file.once('drain', () => {
            if (!failed) body.resume();
          });
        }
      };
      body.on('data', onData);
      body.once('end', () => {
        if (!failed) file.end();
      });
      body.once('error', () => fail(new UploadAborted()));
      body.once('close', () => {
        if (!body.readableEnded) fail(new UploadAborted());
      });
      file.once('error', fail);
      file.once('finish', () => {
        if (!failed) resolve();
      });
    });
  } catch (err) {
    await new Promise<void>((resolve) => (file.closed ? resolve() : file.once('close', () => resolve())));
    await rm(path, { force: true });
    throw err;
  }
  return { path, bytes, sha256: hash.digest('hex'), head: Buffer.concat(head) };
}
