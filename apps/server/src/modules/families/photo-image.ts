import { createHash } from 'node:crypto';
import { CHILD_PHOTO_MAX_BYTES, CHILD_PHOTO_MAX_PIXELS, CHILD_PHOTO_MAX_SIDE } from '@nestje/contract';
import sharp from 'sharp';
import { fieldError } from '../../errors.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Whether the first bytes are those of a JPEG, PNG or WebP file; the declared content type does not count. */
export function hasImageMagic(data: Buffer): boolean {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return true;
  if (data.length >= PNG.length && data.subarray(0, PNG.length).equals(PNG)) return true;
  return (
    data.length >= 12 &&
    data.subarray(0, 4).toString('latin1') === 'RIFF' &&
    data.subarray(8, 12).toString('latin1') === 'WEBP'
  );
}

export interface ProcessedPhoto {
  data: Buffer;
  sha256: string;
}

const unsupported = () => fieldError('photo', 'unsupported_file_type', 'Upload a JPEG, PNG or WebP image');
const tooManyPixels = () => fieldError('photo', 'image_too_large', 'The image has too many pixels');

/**
 * Checks an uploaded child photo and re-encodes it as a JPEG of at most 800 px a side, turned upright by its
 * orientation tag. The output carries no metadata (sharp writes none unless asked), so EXIF and GPS are gone.
 * The pixel count comes from the header before anything is decoded: a small file that would unpack into a
 * huge image is refused cheaply.
 */
export async function processChildPhoto(body: unknown): Promise<ProcessedPhoto> {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    if (body === undefined || (Buffer.isBuffer(body) && body.length === 0)) {
      throw fieldError('photo', 'required', 'Choose a photo');
    }
    throw unsupported();
  }
  if (body.length > CHILD_PHOTO_MAX_BYTES)
    throw fieldError('photo', 'file_too_large', 'The file is too large');
  if (!hasImageMagic(body)) throw unsupported();
  let pixels: number;
  try {
    const meta = await sharp(body, { limitInputPixels: false }).metadata();
    pixels = (meta.width ?? 0) * (meta.height ?? 0);
  } catch {
    throw unsupported();
  }
  if (pixels === 0) throw unsupported();
  if (pixels > CHILD_PHOTO_MAX_PIXELS) throw tooManyPixels();
  let data: Buffer;
  try {
    data = await sharp(body, { limitInputPixels: CHILD_PHOTO_MAX_PIXELS, failOn: 'error' })
      .autoOrient()
      .resize(CHILD_PHOTO_MAX_SIDE, CHILD_PHOTO_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
  } catch (err) {
    if (/pixel limit/i.test(String(err))) throw tooManyPixels();
    throw unsupported();
  }
  return { data, sha256: createHash('sha256').update(data).digest('hex') };
}
