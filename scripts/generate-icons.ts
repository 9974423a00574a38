/**
 * Draws the two Teams app icons and writes them to manifest/.
 *
 *   npx tsx scripts/generate-icons.ts
 *
 * The design is the committee's founding rule (R3.2, strict parity): one disc, the
 * committee, split into two equal halves with one member in each — the administration and
 * civil-society colleges. The colour icon uses Morocco's flag green and red; the outline
 * icon is the same mark in white on transparent, as Teams requires.
 * The PNGs are committed; rerun this script only when the design changes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng, type RgbaImage } from './lib/png.js';
import { isEntryPoint, repoRoot } from './lib/teams-schemas.js';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

type Rgb = readonly [number, number, number];

const GREEN: Rgb = [0x00, 0x62, 0x33];
const RED: Rgb = [0xc1, 0x27, 0x2d];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/** Samples per pixel side: 4×4 supersampling gives smooth edges without a rasteriser. */
const SUPERSAMPLE = 4;

interface Mark {
  /** Radius of the disc the two halves form, centred on the image, in pixels. */
  radius: number;
  /** Width of the vertical gap between the two halves. */
  gap: number;
  /** One member per half: horizontal offset from the centre, head and shoulders geometry. */
  memberOffset: number;
  headY: number;
  headRadius: number;
  shouldersY: number;
  shouldersRadius: number;
}

/** True where the member cut out of the half centred at `cx` covers (x, y). */
function memberCovers(mark: Mark, c: number, cx: number, x: number, y: number): boolean {
  const head = Math.hypot(x - cx, y - (c + mark.headY)) <= mark.headRadius;
  const sy = c + mark.shouldersY;
  const shoulders = y <= sy && Math.hypot(x - cx, y - sy) <= mark.shouldersRadius;
  return head || shoulders;
}

/** True where the white mark (two half-discs, each with a member cut out) covers (x, y). */
function markCovers(size: number, mark: Mark, x: number, y: number): boolean {
  const c = size / 2;
  if (Math.hypot(x - c, y - c) > mark.radius || Math.abs(x - c) < mark.gap / 2) return false;
  const cx = x < c ? c - mark.memberOffset : c + mark.memberOffset;
  return !memberCovers(mark, c, cx, x, y);
}

/** Fraction of the pixel (px, py) covered by the mark. */
function coverage(size: number, mark: Mark, px: number, py: number): number {
  let hits = 0;
  for (let i = 0; i < SUPERSAMPLE; i++) {
    for (let j = 0; j < SUPERSAMPLE; j++) {
      const x = px + (i + 0.5) / SUPERSAMPLE;
      const y = py + (j + 0.5) / SUPERSAMPLE;
      if (markCovers(size, mark, x, y)) hits++;
    }
  }
  return hits / (SUPERSAMPLE * SUPERSAMPLE);
}

/** 192×192, opaque: green left half, red right half, the white mark on top. */
export function drawColorIcon(): RgbaImage {
  const size = COLOR_ICON_SIZE;
  const mark: Mark = {
    radius: 66,
    gap: 10,
    memberOffset: 30,
    headY: -16,
    headRadius: 11,
    shouldersY: 30,
    shouldersRadius: 21,
  };
  const data = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // The halves meet on a pixel boundary, so the background needs no anti-aliasing.
      const background = px < size / 2 ? GREEN : RED;
      const a = coverage(size, mark, px, py);
      const o = (py * size + px) * 4;
      for (let k = 0; k < 3; k++) {
        data[o + k] = Math.round((background[k] ?? 0) * (1 - a) + (WHITE[k] ?? 0) * a);
      }
      data[o + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

/** 32×32: the same mark in white, everything else fully transparent. */
export function drawOutlineIcon(): RgbaImage {
  const size = OUTLINE_ICON_SIZE;
  const mark: Mark = {
    radius: 15,
    gap: 2,
    memberOffset: 7,
    headY: -3.5,
    headRadius: 2.5,
    shouldersY: 7,
    shouldersRadius: 4.75,
  };
  const data = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const o = (py * size + px) * 4;
      data.set(WHITE, o);
      data[o + 3] = Math.round(255 * coverage(size, mark, px, py));
    }
  }
  return { width: size, height: size, data };
}

export interface GeneratedIcons {
  color: Buffer;
  outline: Buffer;
}

export function generateIcons(): GeneratedIcons {
  return { color: encodePng(drawColorIcon()), outline: encodePng(drawOutlineIcon()) };
}

function main(): void {
  const dir = path.join(repoRoot(), 'manifest');
  const icons = generateIcons();
  const colorPath = path.join(dir, 'color.png');
  const outlinePath = path.join(dir, 'outline.png');
  writeFileSync(colorPath, icons.color);
  writeFileSync(outlinePath, icons.outline);
  console.log(
    `wrote ${path.relative(process.cwd(), colorPath)} (192×192, ${icons.color.length} bytes)`,
  );
  console.log(
    `wrote ${path.relative(process.cwd(), outlinePath)} (32×32, ${icons.outline.length} bytes)`,
  );
}

if (isEntryPoint(import.meta.url)) main();
