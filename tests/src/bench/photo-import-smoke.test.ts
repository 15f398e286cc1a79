import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  benchGps,
  createPhotoSite,
  generateCameraPhoto,
  importPhotoFile,
  inspectOutput,
} from '../../../bench/fixtures/photos';

/** A small run of what `bench/photo-import.bench.ts` does, so the suite cannot rot unnoticed. */
const small = { width: 800, height: 600, seed: 7 };

let temp: string;

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-photo-smoke-'));
});

afterEach(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

async function writeSmallPhoto(): Promise<string> {
  const file = path.join(temp, 'IMG_0007.jpg');
  await fs.writeFile(file, await generateCameraPhoto(small));
  return file;
}

describe('the generated camera photo', () => {
  it('is stored sideways with orientation 6, GPS and camera fields', async () => {
    const meta = await sharp(await generateCameraPhoto(small)).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 800, height: 600, orientation: 6 });
    const exif = exifReader(meta.exif ?? Buffer.alloc(0));
    expect(exif.GPSInfo).toMatchObject({ GPSLatitudeRef: benchGps.GPSLatitudeRef, GPSLongitude: [9, 8, 30.5] });
    expect(exif.Image).toMatchObject({ Make: 'Lanyard' });
  });

  it('is the same for the same seed and different for another', async () => {
    const first = await generateCameraPhoto(small);
    expect((await generateCameraPhoto(small)).equals(first)).toBe(true);
    expect((await generateCameraPhoto({ ...small, seed: 8 })).equals(first)).toBe(false);
  });
});

describe('importing it as the bench does', () => {
  it('writes it upright, no larger, without any metadata', async () => {
    const site = await createPhotoSite(temp);
    const imported = await importPhotoFile(site, await writeSmallPhoto(), '_posts/2026-05-01-smoke.md');
    expect(imported).toMatchObject({ width: 600, height: 800, reused: false });
    expect(imported.written.startsWith(site.profile.root)).toBe(true);
    expect(await inspectOutput(imported.written)).toMatchObject({
      width: 600,
      height: 800,
      stripped: true,
      upright: true,
    });
  });

  it("tells a sideways photo with metadata from an imported one, so the bench's check can fail", async () => {
    expect(await inspectOutput(await writeSmallPhoto())).toMatchObject({
      width: 800,
      height: 600,
      stripped: false,
      upright: false,
    });
  });
});
