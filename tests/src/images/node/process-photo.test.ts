import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { LanyardError } from '../../../../src/api/lanyard-error';
import { defaultImageSettings, type ImageSettings } from '../../../../src/images/image-settings';
import { MAX_INPUT_PIXELS, processPhoto } from '../../../../src/images/node/process-photo';
import {
  animatedGif,
  corruptJpeg,
  generatedGps,
  heicPhoto,
  hugePngHeader,
  largeJpegWithExif,
  markerColour,
  photoPng,
  pngScreenshot,
  textFile,
  translucentPng,
  zeroBytes,
} from './generate-photos';

const settings = (overrides: Partial<ImageSettings> = {}): ImageSettings => ({ ...defaultImageSettings, ...overrides });

const execFileAsync = promisify(execFile);

const camera = { make: 'Pear', model: 'Phone 15', artist: 'Ada Park', copyright: 'Copyright 2026 Ada Park', gps: true };

async function exifOf(data: Buffer) {
  const { exif } = await sharp(data).metadata();
  return exif ? exifReader(exif) : null;
}

async function pixelAt(data: Buffer, x: number, y: number): Promise<number[]> {
  const { data: pixels, info } = await sharp(data).raw().toBuffer({ resolveWithObject: true });
  const start = (y * info.width + x) * info.channels;
  return [...pixels.subarray(start, start + info.channels)];
}

function expectColour(actual: number[], expected: { r: number; g: number; b: number }): void {
  const [r = -1, g = -1, b = -1] = actual;
  for (const [got, wanted] of [
    [r, expected.r],
    [g, expected.g],
    [b, expected.b],
  ] as const) {
    expect(Math.abs(got - wanted)).toBeLessThan(25);
  }
}

async function refusal(promise: Promise<unknown>): Promise<LanyardError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(LanyardError);
  return error as LanyardError;
}

// A 12500×8000 (100-megapixel) sideways camera JPEG, written by a child process so the
// generator's own memory (about 600 MB) doesn't hide what the import needs.
async function writeHundredMegapixelJpeg(file: string): Promise<void> {
  const script = `import sharp from 'sharp';
await sharp({ create: { width: 12500, height: 8000, channels: 3, background: { r: 40, g: 90, b: 200 } } })
  .withExif({ IFD0: { Make: 'Pear' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '38/1 42/1 1234/100' } })
  .withMetadata({ orientation: 6 })
  .jpeg({ quality: 90 })
  .toFile(process.argv[1]);`;
  await execFileAsync(process.execPath, ['--input-type=module', '-e', script, file], { cwd: process.cwd() });
}

// First in the file, so memory freed by the other tests can't absorb this one's peak.
describe('processPhoto memory', () => {
  it('imports a 100-megapixel photo downscaled, without a large memory peak', { timeout: 120_000 }, async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
    try {
      const file = path.join(folder, 'panorama.jpg');
      await writeHundredMegapixelJpeg(file);
      const input = await fs.readFile(file);
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      try {
        const photo = await processPhoto(input, settings());
        expect([photo.format, photo.width, photo.height]).toEqual(['jpeg', 1280, 2000]);
      } finally {
        clearInterval(sampler);
      }
      peak = Math.max(peak, process.memoryUsage().rss);
      const growthMb = Math.round((peak - before) / 2 ** 20);
      console.info(`100-megapixel import: peak RSS growth ${growthMb} MB`);
      expect(growthMb).toBeLessThan(1536);
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  });
});

describe('processPhoto sizes and orientation', () => {
  it('fits a large camera JPEG inside 2000 px and keeps it a baseline JPEG, as libvips and ImageMagick write it', async () => {
    const photo = await processPhoto(await largeJpegWithExif({ width: 4000, height: 3000 }), settings());
    expect(photo).toMatchObject({ format: 'jpeg', extension: 'jpg', width: 2000, height: 1500 });
    const meta = await sharp(photo.data).metadata();
    expect([meta.format, meta.width, meta.height, meta.isProgressive]).toEqual(['jpeg', 2000, 1500, false]);
  });

  it('never enlarges a small photo and follows the site maximum', async () => {
    const small = await processPhoto(await largeJpegWithExif({ width: 800, height: 600 }), settings());
    expect([small.width, small.height]).toEqual([800, 600]);
    const fitted = await processPhoto(
      await largeJpegWithExif({ width: 3000, height: 1000 }),
      settings({ maxEdge: 1200 }),
    );
    expect([fitted.width, fitted.height]).toEqual([1200, 400]);
  });

  it('turns a sideways photo upright from its EXIF orientation', async () => {
    // Stored landscape with the marker top-left; orientation 6 means "turn 90° clockwise to view".
    const input = await largeJpegWithExif({ width: 1200, height: 800, orientation: 6 });
    const photo = await processPhoto(input, settings());
    expect([photo.width, photo.height]).toEqual([800, 1200]);
    expectColour(await pixelAt(photo.data, 790, 10), markerColour);
    expectColour(await pixelAt(photo.data, 10, 1190), { r: 40, g: 90, b: 200 });
    expect((await sharp(photo.data).metadata()).orientation).toBeUndefined();

    const turnedLeft = await processPhoto(
      await largeJpegWithExif({ width: 1200, height: 800, orientation: 8 }),
      settings(),
    );
    expect([turnedLeft.width, turnedLeft.height]).toEqual([800, 1200]);
    expectColour(await pixelAt(turnedLeft.data, 10, 1190), markerColour);
  });
});

describe('processPhoto metadata', () => {
  it('strips EXIF, GPS, XMP and the ICC profile by default', async () => {
    const input = await largeJpegWithExif({ width: 1600, height: 1200, orientation: 6, ...camera });
    const before = await sharp(input).metadata();
    expect(exifReader(before.exif!).GPSInfo?.GPSLatitude).toEqual(generatedGps.GPSLatitude);
    expect([before.xmp !== undefined, before.hasProfile]).toEqual([true, true]);

    const meta = await sharp((await processPhoto(input, settings())).data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.hasProfile).toBe(false);
  });

  it('keeps only Artist and Copyright with keepAuthorship', async () => {
    const input = await largeJpegWithExif({ width: 1600, height: 1200, orientation: 6, ...camera });
    const photo = await processPhoto(input, settings({ keepAuthorship: true }));
    const exif = await exifOf(photo.data);
    expect(exif?.Image?.Artist).toBe('Ada Park');
    expect(exif?.Image?.Copyright).toBe('Copyright 2026 Ada Park');
    expect(exif?.Image?.Make).toBeUndefined();
    expect(exif?.Image?.Model).toBeUndefined();
    expect(exif?.Image?.Software).toBeUndefined();
    expect([undefined, 1]).toContain(exif?.Image?.Orientation);
    expect(exif?.Photo?.DateTimeOriginal).toBeUndefined();
    expect(exif?.GPSInfo).toBeUndefined();
    expect((await sharp(photo.data).metadata()).xmp).toBeUndefined();
  });

  it('keeps the GPS position only with keepLocation', async () => {
    const input = await largeJpegWithExif({ width: 1600, height: 1200, ...camera });
    const located = await exifOf((await processPhoto(input, settings({ keepLocation: true }))).data);
    expect(located?.GPSInfo).toMatchObject(generatedGps);
    expect(located?.Image?.Artist).toBeUndefined();
    expect(located?.Image?.Make).toBeUndefined();

    const both = await exifOf((await processPhoto(input, settings({ keepLocation: true, keepAuthorship: true }))).data);
    expect(both?.GPSInfo?.GPSLongitude).toEqual(generatedGps.GPSLongitude);
    expect(both?.Image?.Artist).toBe('Ada Park');
  });

  it('writes no EXIF at all when the kept fields are absent', async () => {
    const input = await largeJpegWithExif({ width: 1000, height: 800, make: 'Pear' });
    const photo = await processPhoto(input, settings({ keepAuthorship: true, keepLocation: true }));
    expect((await sharp(photo.data).metadata()).exif).toBeUndefined();
  });
});

describe('processPhoto formats', () => {
  it('keeps a screenshot a lossless PNG without its opaque alpha channel', async () => {
    const input = await pngScreenshot(2400, 1500);
    const photo = await processPhoto(input, settings());
    expect(photo).toMatchObject({ format: 'png', extension: 'png', width: 2000, height: 1250 });
    const meta = await sharp(photo.data).metadata();
    expect([meta.format, meta.channels, meta.isPalette]).toEqual(['png', 3, true]);

    const small = await pngScreenshot(800, 500);
    const kept = await processPhoto(small, settings());
    const original = await sharp(small).removeAlpha().raw().toBuffer();
    expect((await sharp(kept.data).removeAlpha().raw().toBuffer()).equals(original)).toBe(true);
  });

  it('turns a PNG photo into a JPEG, since its PNG is far larger', async () => {
    const photo = await processPhoto(await photoPng(1200, 900), settings());
    expect(photo).toMatchObject({ format: 'jpeg', extension: 'jpg', width: 1200, height: 900 });
  });

  it('keeps transparency as PNG, and flattens it on white when JPEG is asked for', async () => {
    const input = await translucentPng(600, 400);
    const png = await processPhoto(input, settings());
    expect(png.format).toBe('png');
    expect((await pixelAt(png.data, 5, 5))[3]).toBe(128);

    const jpeg = await processPhoto(input, settings({ format: 'jpeg' }));
    expect(jpeg.format).toBe('jpeg');
    expectColour(await pixelAt(jpeg.data, 5, 5), { r: 147, g: 172, b: 227 });
  });

  it('writes WebP and AVIF when the site asks for them, still stripped', async () => {
    const input = await largeJpegWithExif({ width: 1200, height: 900, orientation: 6, ...camera });
    for (const format of ['webp', 'avif'] as const) {
      const photo = await processPhoto(input, settings({ format, maxEdge: 600 }));
      expect(photo).toMatchObject({ format, extension: format, width: 450, height: 600 });
      const meta = await sharp(photo.data).metadata();
      expect(meta.format).toBe(format === 'webp' ? 'webp' : 'heif');
      expect(meta.exif).toBeUndefined();
    }
  });

  it('keeps AVIF as AVIF and makes a TIFF photo a JPEG', async () => {
    const source = sharp({ create: { width: 900, height: 600, channels: 3, background: markerColour } });
    const avif = await processPhoto(await source.clone().avif().toBuffer(), settings());
    expect(avif).toMatchObject({ format: 'avif', width: 900, height: 600 });
    const noisy = await sharp(await photoPng(900, 600))
      .tiff()
      .toBuffer();
    expect((await processPhoto(noisy, settings())).format).toBe('jpeg');
  });

  it('keeps an animated GIF or WebP animated, every frame resized', async () => {
    const gif = await processPhoto(await animatedGif(600, 400), settings({ maxEdge: 300 }));
    expect(gif).toMatchObject({ format: 'gif', extension: 'gif', width: 300, height: 200 });
    const meta = await sharp(gif.data).metadata();
    expect([meta.pages, meta.width, meta.height, meta.delay]).toEqual([3, 300, 200, [200, 200, 200]]);

    const webpInput = await sharp(await animatedGif(600, 400), { animated: true })
      .webp()
      .toBuffer();
    const webp = await processPhoto(webpInput, settings({ maxEdge: 300 }));
    expect(webp).toMatchObject({ format: 'webp', width: 300, height: 200 });
    expect((await sharp(webp.data).metadata()).pages).toBe(3);
  });
});

describe('processPhoto refuses bad input', () => {
  it.each([
    ['an empty file', zeroBytes, /^The file is empty\.$/],
    ['a text file', textFile, /isn't a photo Lanyard can read \(JPEG, PNG, WebP, AVIF, GIF or TIFF\)/],
    ['a half JPEG', corruptJpeg, /looks damaged or incomplete/],
    [
      'an SVG drawing',
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'),
      /isn't a photo/,
    ],
    [
      'an iPhone HEIC photo',
      () => heicPhoto(4032, 3024),
      /^iPhone HEIC photos can't be read here yet\. .*Most Compatible/,
    ],
    ['a cut-off HEIC file', () => heicPhoto(4032, 3024).subarray(0, 40), /^iPhone HEIC photos can't be read here yet/],
  ])('refuses %s with a clear message', async (_name, make, message) => {
    const error = await refusal(processPhoto(await make(), settings()));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(message);
  });

  it('refuses a 400-megapixel photo from its header, before decoding', async () => {
    const started = performance.now();
    const error = await refusal(processPhoto(hugePngHeader(20000, 20000), settings()));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('The photo is 20000×20000, 400 megapixels; Lanyard takes photos up to 200 megapixels.');
    expect(MAX_INPUT_PIXELS).toBe(200_000_000);
  });

  it('refuses settings it cannot follow', async () => {
    const input = await largeJpegWithExif({ width: 300, height: 200 });
    expect((await refusal(processPhoto(input, settings({ maxEdge: 0 })))).message).toMatch(/longest edge/);
    expect((await refusal(processPhoto(input, settings({ quality: 101 })))).message).toMatch(/quality/);
  });

  it('stops when the import is cancelled, before or while it works', async () => {
    const input = await largeJpegWithExif({ width: 3000, height: 2000 });
    const before = new AbortController();
    before.abort();
    const early = await refusal(processPhoto(input, settings(), before.signal));
    expect([early.code, early.message]).toEqual(['refused', 'The import was cancelled.']);

    const during = new AbortController();
    const working = processPhoto(input, settings(), during.signal);
    during.abort();
    expect((await refusal(working)).code).toBe('refused');
  });
});
