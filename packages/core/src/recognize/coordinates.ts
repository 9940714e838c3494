/**
 * Places given by their coordinates: "33°30′21″N 36°16′11″E", "33.7833°N 44.5°E", and the bare
 * decimal pair a gazetteer writes after them ("/ 33.783; 44.500"). re3d annotates each as a
 * location (its Coordinate type). The forms of one point are one entity, keyed by the point
 * rounded to a thousandth of a degree (about 100 m). Found from each degree sign, with one sticky,
 * bounded pattern there, so the pass is linear.
 */
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { tokenRange } from './offsets.js';

const NUMBER = String.raw`\d{1,3}(?:\.\d{1,10})?`;
const MINUTES = String.raw`\d{1,2}(?:\.\d{1,10})?`;
/** Degrees, optional minutes and seconds (prime or apostrophe, double prime or quote), hemisphere. */
const AXIS = (hemispheres: string) =>
  String.raw`(${NUMBER})°\s?(?:(${MINUTES})[′']\s?)?(?:(${MINUTES})[″"]\s?)?([${hemispheres}])`;
const POINT = new RegExp(String.raw`${AXIS('NS')}[,;]?\s{0,3}${AXIS('EW')}(?![\p{L}\p{N}])`, 'uy');
/** "/ 33.783; 44.500": the same point in signed decimals, right after one written with degrees. */
const DECIMAL_PAIR = /\s?\/\s?(-?\d{1,2}\.\d{1,10});\s?(-?\d{1,3}\.\d{1,10})(?![\p{N}])/uy;
/** How far back from a degree sign its number may start. */
const MAX_NUMBER = 14;

function degrees(
  d: string | undefined,
  m: string | undefined,
  s: string | undefined,
  hemisphere: string,
): number {
  const value = Number(d ?? 0) + Number(m ?? 0) / 60 + Number(s ?? 0) / 3600;
  return hemisphere === 'S' || hemisphere === 'W' ? -value : value;
}

const keyOf = (lat: number, lon: number) => `location:coordinates ${lat.toFixed(3)} ${lon.toFixed(3)}`;

function place(ctx: RecognitionContext, start: number, end: number, key: string): Candidate | undefined {
  const tokens = tokenRange(ctx.tokens, start, end);
  return tokens ? { type: 'location', ...tokens, start, end, tier: 2, key } : undefined;
}

export function recognizeCoordinates(ctx: RecognitionContext): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  let from = 0;
  for (let sign = text.indexOf('°'); sign >= 0; sign = text.indexOf('°', Math.max(sign + 1, from))) {
    let start = sign;
    while (start > from && sign - start < MAX_NUMBER && /[\d.]/.test(text[start - 1] ?? '')) start--;
    if (start === sign) continue;
    POINT.lastIndex = start;
    const m = POINT.exec(text);
    if (!m) continue;
    const lat = degrees(m[1], m[2], m[3], m[4] as string);
    const lon = degrees(m[5], m[6], m[7], m[8] as string);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    const key = keyOf(lat, lon);
    const point = place(ctx, start, POINT.lastIndex, key);
    if (point) out.push(point);
    from = POINT.lastIndex;
    DECIMAL_PAIR.lastIndex = from;
    const pair = DECIMAL_PAIR.exec(text);
    if (pair && keyOf(Number(pair[1]), Number(pair[2])) === key) {
      const pairStart = DECIMAL_PAIR.lastIndex - pair[0].length + pair[0].indexOf(pair[1] as string);
      const same = place(ctx, pairStart, DECIMAL_PAIR.lastIndex, key);
      if (same) out.push(same);
      from = DECIMAL_PAIR.lastIndex;
    }
  }
  return out;
}
