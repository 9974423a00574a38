import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/generate-icons.js';
import { ColorType, decodePng, encodePng, readPngInfo } from '../../scripts/lib/png.js';
import { repoRoot } from '../../scripts/lib/teams-schemas.js';
import { checkIcon } from '../../scripts/package-app.js';

const icon = (file: string): Buffer => readFileSync(path.join(repoRoot(), 'manifest', file));

function alphas(bytes: Uint8Array): number[] {
  const { data } = decodePng(bytes);
  return Array.from({ length: data.length / 4 }, (_, i) => data[i * 4 + 3] ?? 0);
}

describe('the app icons', () => {
  it('has a 192×192 full-colour icon, opaque', () => {
    const png = icon('color.png');
    expect(readPngInfo(png)).toMatchObject({ width: 192, height: 192, bitDepth: 8 });
    expect(checkIcon('color', png)).toEqual([]);
    expect(alphas(png).every((a) => a === 255)).toBe(true);
  });

  it('has a 32×32 outline icon, white on a transparent background', () => {
    const png = icon('outline.png');
    expect(readPngInfo(png)).toMatchObject({
      width: 32,
      height: 32,
      colorType: ColorType.truecolorAlpha,
    });
    expect(checkIcon('outline', png)).toEqual([]);
    const a = alphas(png);
    expect(a.filter((x) => x === 0).length).toBeGreaterThan(100);
    expect(a.filter((x) => x === 255).length).toBeGreaterThan(100);
    const { data } = decodePng(png);
    const tinted = a.filter(
      (alpha, i) => alpha > 0 && data.subarray(i * 4, i * 4 + 3).some((c) => c !== 255),
    );
    expect(tinted).toEqual([]);
  });

  it('keeps the committed PNGs in step with scripts/generate-icons.ts', () => {
    // Pixels, not bytes: another zlib build may deflate the same pixels differently.
    expect(decodePng(icon('color.png')).data).toEqual(drawColorIcon().data);
    expect(decodePng(icon('outline.png')).data).toEqual(drawOutlineIcon().data);
  });

  it('draws two mirror-image halves, for the parity of the two colleges', () => {
    const { width, data } = drawOutlineIcon();
    const alpha = (x: number, y: number): number => data[(y * width + x) * 4 + 3] ?? -1;
    const asymmetric: string[] = [];
    for (let y = 0; y < width; y++) {
      for (let x = 0; x < width / 2; x++) {
        if (alpha(x, y) !== alpha(width - 1 - x, y)) asymmetric.push(`${x},${y}`);
      }
    }
    expect(asymmetric).toEqual([]);
    expect(alpha(width / 2, width / 2)).toBe(0); // the gap between the halves
  });
});

describe('checkIcon', () => {
  const solid = (size: number, rgba: [number, number, number, number]): Buffer => {
    const data = new Uint8Array(size * size * 4);
    for (let i = 0; i < size * size; i++) data.set(rgba, i * 4);
    return encodePng({ width: size, height: size, data });
  };

  it('refuses an icon of the wrong size', () => {
    expect(checkIcon('color', solid(32, [0, 98, 51, 255]))).toEqual(['must be 192×192, is 32×32']);
  });

  it('refuses an outline icon without transparency or drawn in colour', () => {
    expect(checkIcon('outline', solid(32, [193, 39, 45, 255]))).toEqual([
      'has no transparent pixel',
      'has 1024 visible pixels that are not white',
    ]);
  });

  it('refuses a file that is not a PNG', () => {
    expect(checkIcon('color', Buffer.from('GIF89a not a png at all, padded to 33 bytes'))).toEqual([
      'not a PNG file (bad signature)',
    ]);
  });
});

describe('decodePng', () => {
  it('undoes the Sub, Up, Average and Paeth row filters', () => {
    // A 2×5 RGBA image; row y is stored with filter y (0 None … 4 Paeth).
    const width = 2;
    const pixels = [
      [10, 20, 30, 255, 40, 50, 60, 128],
      [11, 22, 33, 255, 44, 55, 66, 0],
      [12, 24, 36, 200, 48, 60, 72, 100],
      [13, 26, 39, 255, 52, 65, 78, 255],
      [14, 28, 42, 1, 56, 70, 84, 2],
    ];
    const bpp = 4;
    const raw: number[] = [];
    pixels.forEach((row, y) => {
      raw.push(y);
      row.forEach((value, x) => {
        const left = x >= bpp ? (row[x - bpp] ?? 0) : 0;
        const up = y > 0 ? (pixels[y - 1]?.[x] ?? 0) : 0;
        const upLeft = y > 0 && x >= bpp ? (pixels[y - 1]?.[x - bpp] ?? 0) : 0;
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
        const predicted = [0, left, up, (left + up) >> 1, paeth][y] ?? 0;
        raw.push((value - predicted) & 0xff);
      });
    });
    const chunk = (type: string, body: Uint8Array): Buffer => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(body.length, 0);
      head.write(type, 4, 'latin1');
      return Buffer.concat([head, body, Buffer.alloc(4)]); // CRC is not checked by the decoder
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(pixels.length, 4);
    ihdr[8] = 8;
    ihdr[9] = ColorType.truecolorAlpha;
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.from(raw))),
      chunk('IEND', new Uint8Array(0)),
    ]);
    expect(Array.from(decodePng(png).data)).toEqual(pixels.flat());
  });
});
