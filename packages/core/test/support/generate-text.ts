/** Deterministic text builders shared by the hostile-input tests. */

export const MB = 1024 * 1024;

/** `unit` repeated up to exactly `length` code units (the last copy cut, never inside a surrogate pair: units are BMP here). */
export function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A deterministic capitalised pseudo-word for each number: Kalo, Mine, Rusate… */
export function pseudoWord(n: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'zi', 'ba'];
  let word = '';
  let rest = n;
  do {
    word += syllables[rest % 10];
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}
