/** Bytes to text: UTF-8 with replacement characters, without a byte order mark. */

export interface Decoded {
  /** The text, BOM removed, each ill-formed byte sequence replaced by U+FFFD. */
  text: string;
  /** How many bytes were not valid UTF-8 (0 for a clean file). */
  invalidBytes: number;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

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
