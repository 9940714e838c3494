/** Bytes to text: UTF-8 with replacement characters (or UTF-16 when a byte order mark says so), without a BOM. */

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

export interface Decoded {
  /** The text, BOM removed, each ill-formed byte sequence replaced by U+FFFD. */
  text: string;
  /** How many bytes were not valid UTF-8 (0 for a clean file). */
  invalidBytes: number;
}

export interface DecodedAny extends Decoded {
  /** UTF-8 unless a UTF-16 byte order mark (FF FE or FE FF) opened the bytes. */
  encoding: TextEncoding;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** The encoding a byte order mark announces: UTF-16 (LE or BE), else UTF-8. */
export function encodingOf(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return 'UTF-8';
}

/**
 * Decodes UTF-16 when a BOM says so (Windows editors save "Unicode" text that way), UTF-8 otherwise.
 * For UTF-16, `invalidBytes` counts the bytes of unpaired surrogates and of an odd last byte.
 */
export function decodeText(bytes: Uint8Array): DecodedAny {
  const encoding = encodingOf(bytes);
  if (encoding === 'UTF-8') return { ...decodeUtf8(bytes), encoding };
  const body = bytes.subarray(2);
  const text = new TextDecoder(encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', {
    fatal: false,
    ignoreBOM: true,
  }).decode(body);
  return { text, invalidBytes: countInvalidUtf16Bytes(body, encoding), encoding };
}

function countInvalidUtf16Bytes(bytes: Uint8Array, encoding: TextEncoding): number {
  const unit = (i: number) =>
    encoding === 'UTF-16LE'
      ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8)
      : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
  let invalid = bytes.length % 2;
  const end = bytes.length - invalid;
  for (let i = 0; i < end; i += 2) {
    const code = unit(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 2 < end) {
      const low = unit(i + 2);
      if (low >= 0xdc00 && low <= 0xdfff) {
        i += 2;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) invalid += 2;
  }
  return invalid;
}

export function decodeUtf8(bytes: Uint8Array): Decoded {
  let text: string;
  let invalidBytes = 0;
  try {
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    invalidBytes = countInvalidUtf8Bytes(bytes);
  }
  return { text: stripBom(text), invalidBytes };
}

/** Removes a leading U+FEFF (the UTF-8 byte order mark) so offsets start at the first real character. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Bytes that belong to ill-formed UTF-8 sequences, counted as the WHATWG decoder replaces them (each
 * maximal ill-formed subpart becomes one U+FFFD).
 */
export function countInvalidUtf8Bytes(bytes: Uint8Array): number {
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      needed = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let j = i + 1;
    let seen = 0;
    while (seen < needed) {
      const next = bytes[j];
      if (next === undefined || next < lower || next > upper) break;
      lower = 0x80;
      upper = 0xbf;
      j++;
      seen++;
    }
    if (seen < needed) invalid += j - i;
    i = j;
  }
  return invalid;
}
