import { stat } from 'node:fs/promises';
import { MEDIA_VARIANT_SIDES } from '@nestje/contract';
import sharp, { type OutputInfo } from 'sharp';

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
const JPEG = { quality: 82, chromaSubsampling: '4:2:0' } as const;

/**
 * Makes the `small`, `screen` and `full` JPEG variants of the image at `input`: decoded once, turned upright by
 * its orientation tag, each scaled to fit its side of MEDIA_VARIANT_SIDES (never enlarged), flattened on white,
 * and written without any metadata — sharp writes none unless asked, so EXIF (GPS included), XMP and ICC
 * profiles of the upload are gone. `tempPath` names each output file. Throws ImageRefused.
 */
export async function makeImageVariants(
  input: string,
  maxPixels: number,
  tempPath: () => string,
): Promise<ImageVariantFile[]> {
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    decoded = await sharp(input, { limitInputPixels: maxPixels, failOn: 'error' })
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (err) {
    throw new ImageRefused(/pixel limit/i.test(String(err)) ? 'too_many_pixels' : 'unreadable');
  }
  const { data, info } = decoded;
  const raw = { width: info.width, height: info.height, channels: info.channels };
  const variants = Object.entries(MEDIA_VARIANT_SIDES) as [ImageVariant, number][];
  return Promise.all(
    variants.map(async ([variant, side]) => {
      const path = tempPath();
      const out = await sharp(data, { raw, limitInputPixels: false })
        .resize(side, side, { fit: 'inside', withoutEnlargement: true })
        .jpeg(JPEG)
        .toFile(path);
      const bytes = out.size ?? (await stat(path)).size;
      return { variant, path, bytes, width: out.width, height: out.height };
    }),
  );
}
