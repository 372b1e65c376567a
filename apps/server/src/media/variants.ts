import { stat } from 'node:fs/promises';
import { MEDIA_VARIANT_SIDES } from '@nestje/contract';
import sharp, { type Sharp } from 'sharp';

export type ImageVariant = keyof typeof MEDIA_VARIANT_SIDES;

export interface ImageVariantFile {
  variant: ImageVariant;
  /** The local temporary file of the variant. */
  path: string;
  bytes: number;
  width: number;
  height: number;
}

/** Why an image could not be made into variants. */
export class ImageRefused extends Error {
  readonly reason: 'unreadable' | 'too_many_pixels';
  constructor(reason: 'unreadable' | 'too_many_pixels') {
    super(reason);
    this.reason = reason;
  }
}

/**
 * The pixel count an image file's header claims, read without decoding any pixel (so a decompression bomb costs
 * nothing); null when sharp cannot read the header.
 */
export async function headerPixels(path: string): Promise<number | null> {
  try {
    const meta = await sharp(path, { limitInputPixels: false }).metadata();
    const pixels = (meta.width ?? 0) * (meta.height ?? 0);
    return pixels > 0 ? pixels : null;
  } catch {
    return null;
  }
}

/** JPEG settings of every variant: libjpeg-turbo's speed, a quality that photos of people need. */
// Every upload is a new image: libvips' cache of operations would only hold memory.
sharp.cache(false);

const JPEG = { quality: 82, chromaSubsampling: '4:2:0' } as const;

/** Both settled, or the first refusal once both have (so no file is still being written when it throws). */
async function both<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [x, y] = await Promise.allSettled([a, b]);
  if (x.status === 'rejected') throw x.reason;
  if (y.status === 'rejected') throw y.reason;
  return [x.value, y.value];
}

/**
 * Makes the `small`, `screen` and `full` JPEG variants of the image at `input`: turned upright by its orientation
 * tag, each scaled to fit its side of MEDIA_VARIANT_SIDES (never enlarged), flattened on white, and written
 * without any metadata — sharp writes none unless asked, so EXIF (GPS included), XMP and ICC profiles of the upload
 * are gone. Two decodes run side by side: the full image for `full`, and a reduced one (a JPEG decodes straight at
 * a fraction of its size) for `screen`, from which `small` is made — quicker than scaling everything down from
 * the full image. `tempPath` names each output file. Throws ImageRefused.
 */
export async function makeImageVariants(
  input: string,
  maxPixels: number,
  tempPath: () => string,
): Promise<ImageVariantFile[]> {
  const fit = (side: number) => [side, side, { fit: 'inside', withoutEnlargement: true }] as const;
  const image = sharp(input, { limitInputPixels: maxPixels, failOn: 'error' })
    .autoOrient()
    .flatten({ background: '#ffffff' });
  const file = async (variant: ImageVariant, pipeline: Sharp): Promise<ImageVariantFile> => {
    const path = tempPath();
    const out = await pipeline.jpeg(JPEG).toFile(path);
    const bytes = out.size ?? (await stat(path)).size;
    return { variant, path, bytes, width: out.width, height: out.height };
  };
  try {
    const [full, screen] = await both(
      file('full', image.clone().resize(...fit(MEDIA_VARIANT_SIDES.full))),
      image
        .clone()
        .resize(...fit(MEDIA_VARIANT_SIDES.screen))
        .raw()
        .toBuffer({ resolveWithObject: true }),
    );
    const raw = { width: screen.info.width, height: screen.info.height, channels: screen.info.channels };
    const [screenFile, smallFile] = await both(
      file('screen', sharp(screen.data, { raw })),
      file('small', sharp(screen.data, { raw }).resize(...fit(MEDIA_VARIANT_SIDES.small))),
    );
    return [smallFile, screenFile, full];
  } catch (err) {
    throw new ImageRefused(/pixel limit/i.test(String(err)) ? 'too_many_pixels' : 'unreadable');
  }
}
