/**
 * The shipped model's wire form: weights quantised to 8 bits, only the table rows holding a
 * non-zero weight, row numbers delta-coded as varints, transitions as float32; the bytes in
 * base64 so the model is a plain string in a TypeScript module (no fs: it loads in a browser).
 */
import { LABEL_COUNT } from './labels.js';
import type { TaggerModel } from './model.js';

const MAGIC = [0x44, 0x4c, 0x54, 0x31]; // "DLT1"
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

/** Bytes of base64 `text`; characters outside the alphabet (padding, line breaks) are skipped. */
export function fromBase64(text: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  // One pass, six bits in and a byte out whenever eight are waiting: no cleaned copy of the text.
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  let pending = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const sextet = c < 128 ? (lookup[c] as number) : -1;
    if (sextet < 0) continue;
    pending = ((pending << 6) | sextet) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (pending >> bits) & 255;
    }
  }
  return o === out.length ? out : out.slice(0, o);
}

/** Quantise a trained model to 8-bit weights (one scale for the table). */
export function quantize(model: TaggerModel): TaggerModel {
  let max = 0;
  for (let j = 0; j < model.weights.length; j++)
    max = Math.max(max, Math.abs((model.weights[j] ?? 0) * model.scale));
  const scale = max > 0 ? max / 127 : 1;
  const weights = new Int8Array(model.weights.length);
  for (let j = 0; j < weights.length; j++)
    weights[j] = Math.round(((model.weights[j] ?? 0) * model.scale) / scale);
  return { bits: model.bits, weights, transitions: Float32Array.from(model.transitions), scale };
}

/**
 * The model's wire form. Rows whose largest quantised weight is at most `prune` are left out
 * (their features hardly move a decision), which keeps the shipped string small.
 */
export function encodeModel(model: TaggerModel, prune = 0): string {
  const q = model.weights instanceof Int8Array ? model : quantize(model);
  const L = LABEL_COUNT;
  const rows = 1 << q.bits;
  const bytes: number[] = [...MAGIC, q.bits, L];
  const float = new DataView(new ArrayBuffer(4));
  const pushFloat = (x: number) => {
    float.setFloat32(0, x, true);
    for (let k = 0; k < 4; k++) bytes.push(float.getUint8(k));
  };
  pushFloat(q.scale);
  for (const x of q.transitions) pushFloat(x);
  let previous = -1;
  for (let r = 0; r < rows; r++) {
    let largest = 0;
    for (let l = 0; l < L; l++) largest = Math.max(largest, Math.abs(q.weights[r * L + l] ?? 0));
    if (largest <= prune) continue;
    let delta = r - previous;
    previous = r;
    while (delta >= 128) {
      bytes.push((delta & 127) | 128);
      delta >>>= 7;
    }
    bytes.push(delta);
    for (let l = 0; l < L; l++) bytes.push((q.weights[r * L + l] ?? 0) & 255);
  }
  return toBase64(Uint8Array.from(bytes));
}

export function decodeModel(text: string): TaggerModel {
  const bytes = fromBase64(text);
  for (let k = 0; k < MAGIC.length; k++)
    if (bytes[k] !== MAGIC[k]) throw new Error('not a Dateline tagger model');
  const bits = bytes[4] ?? 0;
  const L = bytes[5] ?? 0;
  if (L !== LABEL_COUNT) throw new Error(`tagger model has ${L} labels, expected ${LABEL_COUNT}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 6;
  const scale = view.getFloat32(at, true);
  at += 4;
  const transitions = new Float32Array((L + 1) * L);
  for (let j = 0; j < transitions.length; j++, at += 4) transitions[j] = view.getFloat32(at, true);
  const weights = new Int8Array((1 << bits) * L);
  const live = new Uint32Array(Math.ceil((1 << bits) / 32));
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let row = -1;
  while (at < bytes.length) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[at++] ?? 0;
      delta += (b & 127) * 2 ** shift;
      shift += 7;
    } while (b & 128);
    row += delta;
    live[row >>> 5] = (live[row >>> 5] as number) | (1 << (row & 31));
    // The row's bytes read as signed (an Int8Array over them) and copied natively: a fresh process
    // decodes the model once, before this loop could be compiled, and a byte at a time it took ms.
    weights.set(signed.subarray(at, at + L), row * L);
    at += L;
  }
  return { bits, weights, transitions, scale, live };
}
