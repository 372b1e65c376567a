import { sniffImageType } from './images.ts';

/** What an upload is, by its first bytes only (its name and declared type do not count). */
export type SniffedMedia =
  | { kind: 'image'; contentType: 'image/jpeg' | 'image/png' | 'image/webp' }
  | { kind: 'heic' }
  | { kind: 'video'; contentType: 'video/mp4' | 'video/webm'; extension: 'mp4' | 'webm' };

/** How many leading bytes sniffMedia needs. */
export const SNIFF_BYTES = 32;

/** ISO base media brands of HEIF/HEIC stills (an `ftyp` box with any other brand is taken as an MP4 video). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1']);
const EBML = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);

/** The type of an upload by its first SNIFF_BYTES bytes, or null when it is none the server takes. */
export function sniffMedia(head: Buffer): SniffedMedia | null {
  const image = sniffImageType(head);
  if (image) return { kind: 'image', contentType: image };
  if (head.length >= 12 && head.subarray(4, 8).toString('latin1') === 'ftyp') {
    const brand = head.subarray(8, 12).toString('latin1');
    if (HEIF_BRANDS.has(brand)) return { kind: 'heic' };
    // AVIF is an image format sharp reads, but not one the product takes.
    if (brand === 'avif' || brand === 'avis') return null;
    return { kind: 'video', contentType: 'video/mp4', extension: 'mp4' };
  }
  if (head.length >= 4 && head.subarray(0, 4).equals(EBML)) {
    return { kind: 'video', contentType: 'video/webm', extension: 'webm' };
  }
  return null;
}
