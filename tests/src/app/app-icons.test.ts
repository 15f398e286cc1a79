import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  encodeIcns,
  encodeIco,
  icnsEntries,
  icoSizes,
  iconFileNames,
  iconOutputDir,
  iconSource,
  pngSizes,
  renderPngs,
  sourceHash,
  type IconManifest,
} from '../../../scripts/icon-files';

interface IcoImage {
  width: number;
  height: number;
  bitCount: number;
  png: Buffer;
}

/** Reads an ICO back the way Windows does: header, directory entries, then each image by offset. */
function readIco(ico: Buffer): IcoImage[] {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + 16 * index;
    const length = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    expect(offset + length).toBeLessThanOrEqual(ico.length);
    return {
      width: ico.readUInt8(entry) || 256,
      height: ico.readUInt8(entry + 1) || 256,
      bitCount: ico.readUInt16LE(entry + 6),
      png: ico.subarray(offset, offset + length),
    };
  });
}

/** Reads an ICNS back: the `icns` header's length must match, then entries run to the end. */
function readIcns(icns: Buffer): Map<string, Buffer> {
  expect(icns.toString('latin1', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const entries = new Map<string, Buffer>();
  let offset = 8;
  while (offset < icns.length) {
    const type = icns.toString('latin1', offset, offset + 4);
    const length = icns.readUInt32BE(offset + 4);
    expect(length).toBeGreaterThan(8);
    entries.set(type, icns.subarray(offset + 8, offset + length));
    offset += length;
  }
  expect(offset).toBe(icns.length);
  return entries;
}

async function pngSize(png: Buffer): Promise<[number | undefined, number | undefined, string | undefined]> {
  const { width, height, format } = await sharp(png).metadata();
  return [width, height, format];
}

const outputFile = (name: string) => readFile(path.join(iconOutputDir, name));

describe('the committed icon files', () => {
  it('were generated from the current SVG (run `npx jiti scripts/generate-icons.ts` after editing it)', async () => {
    const manifest = JSON.parse((await outputFile('manifest.json')).toString('utf8')) as IconManifest;
    expect(manifest.source).toBe('resources/icon/lanyard.svg');
    expect(manifest.sha256).toBe(sourceHash(await readFile(iconSource)));
    expect(manifest.files).toEqual(iconFileNames);
  });

  it('hold a PNG of every size, each its stated size', async () => {
    for (const size of pngSizes) {
      expect(await pngSize(await outputFile(`png/${size}x${size}.png`))).toEqual([size, size, 'png']);
    }
  });

  it('match a fresh rendering of the SVG', async () => {
    const fresh = (await renderPngs(await readFile(iconSource))).get(64);
    const pixels = (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer();
    const [expected, actual] = await Promise.all([pixels(fresh!), pixels(await outputFile('png/64x64.png'))]);
    expect(actual.length).toBe(expected.length);
    let difference = 0;
    for (let i = 0; i < expected.length; i++) difference += Math.abs(expected[i]! - actual[i]!);
    // Encoders may round differently across sharp versions; a changed drawing differs by far more.
    expect(difference / expected.length).toBeLessThan(2);
  });

  it('the ICO holds one 32-bit PNG per Windows size, 256 included', async () => {
    const images = readIco(await outputFile('lanyard.ico'));
    expect(images.map((image) => image.width)).toEqual([...icoSizes]);
    for (const image of images) {
      expect(image.bitCount).toBe(32);
      expect(await pngSize(image.png)).toEqual([image.width, image.height, 'png']);
    }
  });

  it('the ICNS holds a PNG of the right size under each entry type', async () => {
    const entries = readIcns(await outputFile('lanyard.icns'));
    expect([...entries.keys()]).toEqual(icnsEntries.map(([type]) => type));
    for (const [type, size] of icnsEntries) {
      expect(await pngSize(entries.get(type)!)).toEqual([size, size, 'png']);
    }
  });
});

describe('the icon containers', () => {
  const tinyPngs = async () => {
    const pngs = new Map<number, Buffer>();
    for (const size of [16, 256, 512]) {
      const red = { r: 255, g: 0, b: 0, alpha: 1 };
      pngs.set(
        size,
        await sharp({ create: { width: size, height: size, channels: 4, background: red } })
          .png()
          .toBuffer(),
      );
    }
    return pngs;
  };

  it('writes 256 px as 0 in the ICO directory and points each entry at its own PNG', async () => {
    const pngs = await tinyPngs();
    const ico = encodeIco(pngs, [16, 256]);
    expect(ico.readUInt8(6 + 16)).toBe(0);
    const images = readIco(ico);
    expect(images.map((image) => image.width)).toEqual([16, 256]);
    expect(images[1]!.png.equals(pngs.get(256)!)).toBe(true);
  });

  it('refuses an ICO image larger than 256 px and a size that was not rendered', async () => {
    const pngs = await tinyPngs();
    expect(() => encodeIco(pngs, [512])).toThrow(/at most 256/);
    expect(() => encodeIco(pngs, [32])).toThrow(/No 32 px/);
  });

  it('writes ICNS lengths that count their own 8-byte headers', async () => {
    const pngs = await tinyPngs();
    const icns = encodeIcns(pngs, [['ic09', 512]]);
    expect(icns.readUInt32BE(8 + 4)).toBe(8 + pngs.get(512)!.length);
    expect(readIcns(icns).get('ic09')!.equals(pngs.get(512)!)).toBe(true);
  });
});
