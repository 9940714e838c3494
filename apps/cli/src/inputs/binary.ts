/**
 * Is this file text at all? Known binary signatures (PDF, PNG, ZIP/DOCX, gzip, …), NUL bytes, and
 * text that is mostly replacement or control characters once decoded.
 */

interface Signature {
  readonly bytes: readonly number[];
  readonly name: string;
}

/** Magic numbers at offset 0, most specific first. */
const SIGNATURES: readonly Signature[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF document' }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF image' }, // GIF8
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'ZIP archive' },
  { bytes: [0x50, 0x4b, 0x07, 0x08], name: 'ZIP archive' },
  { bytes: [0x1f, 0x8b], name: 'gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], name: 'bzip2 archive' }, // BZh
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'xz archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: '7-Zip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'Microsoft Office document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'ELF executable' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], name: 'UTF-32 text' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], name: 'UTF-32 text' },
];

/** The kind of binary file these bytes start with (`PDF document`), or undefined. */
export function binarySignature(bytes: Uint8Array): string | undefined {
  const found = SIGNATURES.find((signature) => signature.bytes.every((byte, i) => bytes[i] === byte));
  if (found === undefined) return undefined;
  if (found.name === 'ZIP archive') return zipKind(bytes);
  return found.name;
}

/** DOCX, XLSX, PPTX, ODT and EPUB are ZIP archives; their first entries say which. */
function zipKind(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  if (head.includes('word/')) return 'Word document (DOCX)';
  if (head.includes('xl/')) return 'Excel workbook (XLSX)';
  if (head.includes('ppt/')) return 'PowerPoint presentation (PPTX)';
  if (head.includes('opendocument')) return 'OpenDocument file';
  if (head.includes('epub')) return 'EPUB book';
  return 'ZIP archive';
}

/** How much of the start of a decoded text is looked at. */
const SAMPLE_CHARS = 65_536;
/** Above this share of replacement and control characters, a text is taken for binary. */
const NOISE_SHARE = 0.25;
/** …and only with at least this many of them (a one-byte Latin-1 file is still text). */
const NOISE_MIN = 16;

/**
 * Whether decoded text is mostly noise: U+FFFD (bytes that were not text) and C0 controls other
 * than tab, line feed, vertical tab, form feed, carriage return and escape. A Windows-1252 release
 * has a few percent of them; random bytes about half.
 */
export function looksLikeNoise(text: string): boolean {
  const length = Math.min(text.length, SAMPLE_CHARS);
  let noise = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd || (code < 0x20 && !(code >= 0x09 && code <= 0x0d) && code !== 0x1b) || code === 0x7f)
      noise++;
  }
  return noise >= NOISE_MIN && noise > length * NOISE_SHARE;
}
