// Draws images/icon.png (128×128): a page of text on a dark tile, with three words highlighted in
// the colours an editor gives people, organisations and places. Run once by hand; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // supersampling per axis, for smooth edges

const TILE = [31, 42, 68];
const PAGE = [246, 244, 238];
const INK = [150, 156, 170];
const PERSON = [230, 180, 60];
const ORGANIZATION = [64, 190, 170];
const PLACE = [80, 150, 240];

/** Shapes painted in order; each is [inside(x, y), rgb]. Coordinates in pixels on a 128 grid. */
const shapes = [
  [roundedRect(4, 4, 124, 124, 24), TILE],
  [roundedRect(26, 16, 102, 112, 6), PAGE],
  // headline
  [roundedRect(34, 26, 94, 34, 2), [60, 66, 84]],
  // text lines, some words highlighted as entities
  [roundedRect(34, 44, 56, 50, 3), PERSON],
  [roundedRect(60, 44, 94, 50, 3), INK],
  [roundedRect(34, 56, 64, 62, 3), INK],
  [roundedRect(68, 56, 94, 62, 3), ORGANIZATION],
  [roundedRect(34, 68, 94, 74, 3), INK],
  [roundedRect(34, 80, 50, 86, 3), PLACE],
  [roundedRect(54, 80, 94, 86, 3), INK],
  [roundedRect(34, 92, 78, 98, 3), INK],
];

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      let colour;
      for (const [inside, rgb] of shapes) if (inside(x, y)) colour = rgb;
      if (!colour) continue;
      sum[0] += colour[0];
      sum[1] += colour[1];
      sum[2] += colour[2];
      sum[3] += 1;
    }
  }
  if (sum[3] === 0) return [0, 0, 0, 0];
  const alpha = sum[3] / (SAMPLES * SAMPLES);
  return [sum[0] / sum[3], sum[1] / sum[3], sum[2] / sum[3], alpha * 255].map(Math.round);
}

function png(width, height, rgbaAt) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) raw.set(rgbaAt(x, y), row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const out = join(dirname(fileURLToPath(import.meta.url)), '../images/icon.png');
writeFileSync(out, png(SIZE, SIZE, pixel));
console.log(`wrote ${out}`);
