/**
 * Draws the sample blog's keynote illustration and writes it as a PNG:
 *
 *     node --experimental-strip-types scripts/make-sample-image.ts
 *
 * (Node 22.6 or later; the script uses only erasable TypeScript and Node built-ins.) The
 * picture is drawn in code, so the sample blog ships nothing anyone else owns. The encoder is
 * the minimal PNG a browser needs: 8-bit RGB, one IDAT, per-row filters, zlib from Node.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const width = 960;
const height = 540;
/** Samples per pixel side: 3 × 3 smooths the edges of the shapes. */
const supersample = 3;
const output = path.join(
  import.meta.dirname,
  '..',
  'resources',
  'sample-blog',
  'assets',
  'images',
  'keynote-stage.png',
);

type Rgb = [number, number, number];

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

const night: Rgb = [11, 16, 38];
const violet: Rgb = [58, 28, 92];
const warm: Rgb = [255, 214, 140];
const screenTop: Rgb = [38, 166, 154];
const screenBottom: Rgb = [30, 90, 170];
const stageFront: Rgb = [46, 30, 44];
const stageTop: Rgb = [92, 62, 80];
const silhouette: Rgb = [8, 8, 18];

function inCircle(x: number, y: number, cx: number, cy: number, r: number): boolean {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inRoundedRect(
  x: number,
  y: number,
  left: number,
  top: number,
  right: number,
  bottom: number,
  r: number,
): boolean {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return inCircle(x, y, cx, cy, r);
}

/** A cone of light from (apexX, 0) that is `spread` wide at the stage. */
function beam(x: number, y: number, apexX: number, targetX: number, spread: number): number {
  if (y > 440) return 0;
  const t = y / 440;
  const centre = apexX + (targetX - apexX) * t;
  const half = (spread / 2) * t + 6;
  const edge = 1 - Math.abs(x - centre) / half;
  return edge <= 0 ? 0 : 0.22 * clamp01(edge * 3) * (0.4 + 0.6 * t);
}

/** The colour of one point of the picture, painted back to front. */
function paint(x: number, y: number): Rgb {
  let colour = mix(night, violet, clamp01(y / 380));
  // The screen, with three "slide" bars.
  if (inRoundedRect(x, y, 250, 56, 710, 306, 10)) {
    colour = mix(screenTop, screenBottom, (y - 56) / 250);
    const bars: Array<[number, number]> = [
      [300, 0.55],
      [420, 0.8],
      [540, 0.4],
    ];
    for (const [left, share] of bars) {
      if (x >= left && x <= left + 90 && y >= 276 - 180 * share && y <= 276)
        colour = mix(colour, [240, 248, 255], 0.75);
    }
  }
  // The stage: a top surface and a darker front edge.
  if (y >= 392 && y < 420 && x >= 80 - (y - 392) && x <= 880 + (y - 392))
    colour = mix(stageTop, stageFront, (y - 392) / 28);
  if (y >= 420 && y < 452 && x >= 52 && x <= 908) colour = stageFront;
  // The speaker and the podium.
  if (inCircle(x, y, 430, 300, 17) || inRoundedRect(x, y, 406, 318, 454, 396, 14)) colour = silhouette;
  if (inRoundedRect(x, y, 540, 330, 600, 400, 4)) colour = [70, 44, 64];
  if (y >= 326 && y <= 336 && x >= 532 && x <= 608) colour = [110, 74, 98];
  // Two spotlights; light adds to whatever it falls on.
  const light = beam(x, y, 150, 430, 220) + beam(x, y, 820, 570, 200);
  colour = mix(colour, warm, clamp01(light));
  // The audience: two staggered rows of heads and shoulders.
  for (let row = 0; row < 2; row++) {
    const baseY = 500 + row * 34;
    const offset = row * 40;
    for (let cx = 20 + offset; cx < width + 40; cx += 80) {
      if (inCircle(x, y, cx, baseY, 19) || inRoundedRect(x, y, cx - 34, baseY + 14, cx + 34, baseY + 80, 24)) {
        colour = mix(silhouette, night, row * 0.25);
      }
    }
  }
  return colour;
}

function render(): Uint8Array {
  const pixels = new Uint8Array(width * height * 3);
  const step = 1 / supersample;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < supersample; sy++) {
        for (let sx = 0; sx < supersample; sx++) {
          const [pr, pg, pb] = paint(x + (sx + 0.5) * step, y + (sy + 0.5) * step);
          r += pr;
          g += pg;
          b += pb;
        }
      }
      const samples = supersample * supersample;
      const at = (y * width + x) * 3;
      pixels[at] = Math.round(r / samples);
      pixels[at + 1] = Math.round(g / samples);
      pixels[at + 2] = Math.round(b / samples);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG (and zlib, and gzip) define it. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Each row with the filter that makes it smallest by the usual sum-of-magnitudes guess. */
function filterRows(pixels: Uint8Array): Uint8Array {
  const stride = width * 3;
  const out = new Uint8Array((stride + 1) * height);
  const candidate = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const above = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    let best: { type: number; bytes: Uint8Array; cost: number } | null = null;
    for (let type = 0; type <= 4; type++) {
      let cost = 0;
      for (let i = 0; i < stride; i++) {
        const left = i >= 3 ? (row[i - 3] as number) : 0;
        const up = above[i] as number;
        const upLeft = i >= 3 ? (above[i - 3] as number) : 0;
        const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][type] as number;
        const value = ((row[i] as number) - predictor) & 0xff;
        candidate[i] = value;
        cost += value < 128 ? value : 256 - value;
      }
      if (best === null || cost < best.cost) best = { type, bytes: candidate.slice(), cost };
    }
    out[y * (stride + 1)] = best!.type;
    out.set(best!.bytes, y * (stride + 1) + 1);
  }
  return out;
}

function encodePng(pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, adaptive filters, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const data = deflateSync(filterRows(pixels), { level: 9 });
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', new Uint8Array())]);
}

const png = encodePng(render());
writeFileSync(output, png);
console.log(`Wrote ${path.relative(process.cwd(), output)} (${png.length} bytes)`);
