/**
 * Renders Lanyard's icon from its one SVG source and packs the PNGs into the containers each
 * platform wants: a folder of `<n>x<n>.png` (Linux), `.ico` (Windows) and `.icns` (macOS). Both
 * containers hold PNG-encoded images, which every Windows since Vista and macOS since 10.7 read.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import sharp from 'sharp';

/** The repository's root folder. */
export const repoRoot = path.resolve(import.meta.dirname, '..');
/** The icon as drawn: the one source every other icon file is rendered from. */
export const iconSource = path.join(repoRoot, 'resources', 'icon', 'lanyard.svg');
/** Where the generator writes, committed so a checkout can package and run without generating. */
export const iconOutputDir = path.join(repoRoot, 'resources', 'icons');

/** Every PNG size written to `png/`; Linux desktops pick from these. */
export const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** The sizes inside the `.ico`: Windows wants 256 for the installer and Explorer's large views. */
export const icoSizes = [16, 24, 32, 48, 64, 128, 256] as const;
/** The `.icns` entries and their pixel sizes (ic11–ic14 are the Retina variants of small sizes). */
export const icnsEntries = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
] as const satisfies readonly (readonly [string, number])[];

/** The generated files, relative to {@link iconOutputDir}. */
export const iconFileNames = ['lanyard.ico', 'lanyard.icns', ...pngSizes.map((size) => `png/${size}x${size}.png`)];

/** The manifest records which source the committed files were rendered from. */
export interface IconManifest {
  source: string;
  sha256: string;
  files: string[];
}

/** The SHA-256 of the icon source, hex. */
export function sourceHash(svg: Buffer): string {
  return createHash('sha256').update(svg).digest('hex');
}

/** Renders the SVG once at its full 1024 px and scales it down for every size. */
export async function renderPngs(svg: Buffer): Promise<Map<number, Buffer>> {
  const master = await sharp(svg, { density: 72 }).resize(1024, 1024).png().toBuffer();
  const pngs = new Map<number, Buffer>();
  for (const size of pngSizes) {
    const image = size === 1024 ? sharp(master) : sharp(master).resize(size, size, { kernel: 'lanczos3' });
    pngs.set(size, await image.png({ compressionLevel: 9 }).toBuffer());
  }
  return pngs;
}

function pngOf(pngs: Map<number, Buffer>, size: number): Buffer {
  const png = pngs.get(size);
  if (!png) throw new Error(`No ${size} px rendering of the icon.`);
  return png;
}

/** Packs PNGs into an ICO: a 6-byte header, one 16-byte entry per image, then the PNGs. */
export function encodeIco(pngs: Map<number, Buffer>, sizes: readonly number[] = icoSizes): Buffer {
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon (2 would be cursor)
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  const images = sizes.map((size, index) => {
    if (size > 256) throw new Error(`An ICO image is at most 256 px, not ${size}.`);
    const png = pngOf(pngs, size);
    const entry = 6 + 16 * index;
    // A width or height of 256 does not fit a byte and is written as 0.
    header.writeUInt8(size % 256, entry);
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
    return png;
  });
  return Buffer.concat([header, ...images]);
}

/** Packs PNGs into an ICNS: `icns` and the total length, then per entry its type, length and PNG. */
export function encodeIcns(
  pngs: Map<number, Buffer>,
  entries: readonly (readonly [string, number])[] = icnsEntries,
): Buffer {
  const parts = entries.map(([type, size]) => {
    const png = pngOf(pngs, size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((total, part) => total + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

/** Every generated file, by its name relative to {@link iconOutputDir}, and the manifest. */
export async function renderIconFiles(svg: Buffer): Promise<{ files: Map<string, Buffer>; manifest: IconManifest }> {
  const pngs = await renderPngs(svg);
  const files = new Map<string, Buffer>([
    ['lanyard.ico', encodeIco(pngs)],
    ['lanyard.icns', encodeIcns(pngs)],
  ]);
  for (const size of pngSizes) files.set(`png/${size}x${size}.png`, pngOf(pngs, size));
  const manifest: IconManifest = {
    source: path.relative(repoRoot, iconSource).split(path.sep).join('/'),
    sha256: sourceHash(svg),
    files: [...files.keys()],
  };
  return { files, manifest };
}
