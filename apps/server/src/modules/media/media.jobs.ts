import type { AppContext } from '../../context.ts';
import { toDate } from '../../time/clock.ts';
import { deleteUnusedMedia, selectUnknownKeys } from './media.queries.ts';

export const MEDIA_SWEEP_JOB = 'media.sweep';

/** How long an upload may wait for a post or diary entry to take it. */
const UNATTACHED_HOURS = 24;
/** Files (and temporary files) younger than this are left alone: an upload may be writing them right now. */
const ORPHAN_HOURS = 1;
const HOUR = 3_600_000;
const BATCH = 500;

export interface SweepResult {
  /** Media rows deleted (not taken within a day, or no longer used). */
  media: number;
  /** Stored files removed: those of the deleted media and files no row names. */
  files: number;
  /** Temporary files removed (uploads that broke off or crashed). */
  temporary: number;
}

/**
 * Removes what nothing uses: media no post or diary entry took within 24 hours and media no longer used by one
 * (rows first, then their files, so a row never names a missing file), temporary files older than an hour, and
 * stored files older than an hour that no row names (left by a crash between storing and committing).
 */
export async function sweepMedia(ctx: AppContext): Promise<SweepResult> {
  const now = toDate(ctx.clock.now()).getTime();
  const gone = await deleteUnusedMedia(ctx.db, new Date(now - UNATTACHED_HOURS * HOUR));
  for (const key of gone.keys) await ctx.media.remove(key);
  let files = gone.keys.length;
  // Files are dated by the file system's clock, so their age is measured by the machine's clock too.
  const orphanBefore = new Date(Date.now() - ORPHAN_HOURS * HOUR);
  let batch: string[] = [];
  const flush = async () => {
    const unknown = await selectUnknownKeys(ctx.db, batch);
    for (const key of unknown) await ctx.media.remove(key);
    files += unknown.length;
    batch = [];
  };
  for await (const key of ctx.media.keysOlderThan(orphanBefore)) {
    batch.push(key);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  const temporary = await ctx.media.removeTempOlderThan(orphanBefore);
  return { media: gone.media, files, temporary };
}

export function defineMediaJobs(ctx: AppContext): void {
  ctx.jobs.define<Record<string, never>>({
    name: MEDIA_SWEEP_JOB,
    retryLimit: 3,
    handler: async () => {
      await sweepMedia(ctx);
    },
  });
  ctx.jobs.schedule(MEDIA_SWEEP_JOB, '17 * * * *');
}
