import { createHash } from 'node:crypto';
import { LOGO_MAX_BYTES, LOGO_MAX_INPUT_PIXELS, LOGO_MAX_SIDE } from '@nestje/contract';
import sharp from 'sharp';
import { fieldError } from '../../errors.ts';

export type LogoInputType = 'image/png' | 'image/jpeg' | 'image/webp';

/** The image type by the file's first bytes; what the upload's header claims does not count. */
export function sniffImageType(data: Buffer): LogoInputType | null {
  if (
    data.length >= 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'image/png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (
    data.length >= 12 &&
    data.subarray(0, 4).toString('latin1') === 'RIFF' &&
    data.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  return null;
}

export interface ProcessedLogo {
  contentType: 'image/png';
  data: Buffer;
  sha256: string;
}

const unsupported = () => fieldError('logo', 'unsupported_file_type', 'Upload a PNG, JPEG or WebP image');

/**
 * Checks an uploaded logo and re-encodes it: a PNG of at most LOGO_MAX_SIDE pixels a side, turned upright by
 * its orientation tag, without any metadata (sharp writes none unless asked). The pixel count is read from the
 * header before anything is decoded, so a small file that would unpack into a huge image is refused cheaply.
 */
export async function processLogo(data: unknown): Promise<ProcessedLogo> {
  if (!Buffer.isBuffer(data) || data.length === 0) throw fieldError('logo', 'required', 'Choose an image');
  if (data.length > LOGO_MAX_BYTES) throw fieldError('logo', 'file_too_large', 'The file is too large');
  const type = sniffImageType(data);
  if (type === null) throw unsupported();
  const options = { limitInputPixels: LOGO_MAX_INPUT_PIXELS, failOn: 'error' as const };
  let width = 0;
  let height = 0;
  try {
    // Reading the header decodes no pixels, so it may look at any size.
    const meta = await sharp(data, { limitInputPixels: false }).metadata();
    width = meta.width ?? 0;
    height = meta.height ?? 0;
  } catch {
    throw unsupported();
  }
  if (width * height > LOGO_MAX_INPUT_PIXELS)
    throw fieldError('logo', 'image_too_large', 'The image has too many pixels');
  if (width === 0 || height === 0) throw unsupported();
  let out: Buffer;
  try {
    out = await sharp(data, options)
      .autoOrient()
      .resize(LOGO_MAX_SIDE, LOGO_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer();
  } catch (err) {
    if (/pixel limit/i.test(String(err))) throw fieldError('logo', 'image_too_large', 'Too many pixels');
    throw unsupported();
  }
  return { contentType: 'image/png', data: out, sha256: createHash('sha256').update(out).digest('hex') };
}
