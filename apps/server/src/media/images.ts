import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { fieldError } from '../errors.ts';

export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The image type by the file's first bytes; what the upload's header claims does not count. */
export function sniffImageType(data: Buffer): ImageType | null {
  if (data.length >= PNG_MAGIC.length && data.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC)) {
    return 'image/png';
  }
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (
    data.length >= 12 &&
    data.subarray(0, 4).toString('latin1') === 'RIFF' &&
    data.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return 'image/webp';
  }
  return null;
}

/** What an upload of one kind of image may be, and what it becomes. */
export interface ImageRules {
  /** The request field the errors name (`logo`, `photo`). */
  field: string;
  /** What the `required` error says when nothing was sent. */
  requiredMessage: string;
  /** Largest file accepted. */
  maxBytes: number;
  /** Most pixels (width × height) accepted; read from the header before anything is decoded. */
  maxPixels: number;
  /** Longest side of the result; a smaller image keeps its size. */
  maxSide: number;
  /** The result: a PNG (keeps transparency) or a JPEG (flattened on white). */
  format: 'png' | 'jpeg';
}

export interface ProcessedImage {
  contentType: 'image/png' | 'image/jpeg';
  data: Buffer;
  sha256: string;
}

/**
 * Checks an uploaded JPEG, PNG or WebP image and re-encodes it in `rules.format`, at most `rules.maxSide` pixels a
 * side, turned upright by its orientation tag. The result carries no metadata (sharp writes none unless asked),
 * so EXIF and GPS are gone. The pixel count comes from the header before anything is decoded, so a small file
 * that would unpack into a huge image is refused cheaply. Every refusal is a field error on `rules.field`:
 * `required`, `file_too_large`, `unsupported_file_type` or `image_too_large`.
 */
export async function processImage(upload: unknown, rules: ImageRules): Promise<ProcessedImage> {
  const unsupported = () =>
    fieldError(rules.field, 'unsupported_file_type', 'Upload a JPEG, PNG or WebP image');
  const tooManyPixels = () => fieldError(rules.field, 'image_too_large', 'The image has too many pixels');
  if (upload === undefined || upload === null || (Buffer.isBuffer(upload) && upload.length === 0)) {
    throw fieldError(rules.field, 'required', rules.requiredMessage);
  }
  if (!Buffer.isBuffer(upload)) throw unsupported();
  if (upload.length > rules.maxBytes)
    throw fieldError(rules.field, 'file_too_large', 'The file is too large');
  if (sniffImageType(upload) === null) throw unsupported();
  let pixels: number;
  try {
    // Reading the header decodes no pixels, so it may look at any size.
    const meta = await sharp(upload, { limitInputPixels: false }).metadata();
    pixels = (meta.width ?? 0) * (meta.height ?? 0);
  } catch {
    throw unsupported();
  }
  if (pixels === 0) throw unsupported();
  if (pixels > rules.maxPixels) throw tooManyPixels();
  let data: Buffer;
  try {
    const image = sharp(upload, { limitInputPixels: rules.maxPixels, failOn: 'error' })
      .autoOrient()
      .resize(rules.maxSide, rules.maxSide, { fit: 'inside', withoutEnlargement: true });
    data = await (rules.format === 'png'
      ? image.png({ compressionLevel: 9 })
      : image.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true })
    ).toBuffer();
  } catch (err) {
    if (/pixel limit/i.test(String(err))) throw tooManyPixels();
    throw unsupported();
  }
  return {
    contentType: rules.format === 'png' ? 'image/png' : 'image/jpeg',
    data,
    sha256: createHash('sha256').update(data).digest('hex'),
  };
}
