/**
 * Letters without their accents: "Apareció" → "Aparecio", "Chișinău" → "Chisinau". Releases write
 * one name with and without them, so names, places and spellings are compared so.
 */

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /\p{M}/gu;

/** `s` with its combining marks removed after canonical decomposition (ASCII is returned as is). */
export function withoutAccents(s: string): string {
  // Nearly every name is ASCII, which has nothing to decompose: the Unicode passes are spared there.
  return NON_ASCII.test(s) ? s.normalize('NFD').replace(COMBINING_MARKS, '') : s;
}
