import { sniffImageType } from './images.ts';

/** What an upload is, by its first bytes only (its name and declared type do not count). */
export type SniffedMedia =
  | { kind: 'image'; contentType: 'image/jpeg' | 'image/png' | 'image/webp' }
  | { kind: 'heic' }
  | { kind: 'video'; contentType: 'video/mp4' | 'video/webm'; extension: 'mp4' | 'webm' }
  | { kind: 'document'; contentType: 'application/pdf'; extension: 'pdf' }
  /** A Word, OpenDocument or RTF file: a document, but not one the server takes (PDF only). */
  | { kind: 'other-document' };

/** How many leading bytes sniffMedia needs. */
export const SNIFF_BYTES = 32;

/** ISO base media brands of HEIF/HEIC stills (an `ftyp` box with any other brand is taken as an MP4 video). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1']);
const EBML = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);
const PDF = Buffer.from('%PDF-', 'latin1');
/** Leading bytes of the documents people try instead of a PDF: ZIP (docx, odt), OLE (doc, xls) and RTF. */
const OTHER_DOCUMENTS = [
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.from('{\\rtf', 'latin1'),
];

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
  // A PDF starts with its header; anything else named .pdf (an HTML page, a script) is refused.
  if (head.subarray(0, PDF.length).equals(PDF)) {
    return { kind: 'document', contentType: 'application/pdf', extension: 'pdf' };
  }
  if (OTHER_DOCUMENTS.some((magic) => head.subarray(0, magic.length).equals(magic))) {
    return { kind: 'other-document' };
  }
  return null;
}
