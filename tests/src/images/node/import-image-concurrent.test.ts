import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultImageSettings, type ImageSettings } from '../../../../src/images/image-settings';
import { importImage, type ImportContext } from '../../../../src/images/node/import-image';
import { importLogFile, readImportLog } from '../../../../src/images/node/import-log';
import { jekyllProfile } from '../../../../src/site/site-profile';
import { largeJpegWithExif } from './generate-photos';

const post = '_posts/2026-03-14-day-1.md';
let site: string;
let userData: string;

beforeEach(async () => {
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  userData = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
});

afterEach(async () => {
  await fs.rm(site, { recursive: true, force: true });
  await fs.rm(userData, { recursive: true, force: true });
});

const context = (settings: Partial<ImageSettings> = {}): ImportContext => ({
  profile: jekyllProfile(site, 'Blog', {}),
  userDataDir: userData,
  settings: { ...defaultImageSettings, ...settings },
});

// Widths tell the photos apart once written; each is a different photo (different bytes).
const photoOfWidth = (width: number) => largeJpegWithExif({ width, height: 900, gps: true });

/** The written file decodes completely, and is the size and width the import answered. */
async function expectIntact(image: { path: string; bytes: number; width: number }): Promise<void> {
  const data = await fs.readFile(path.join(site, image.path));
  expect(data.length).toBe(image.bytes);
  const { info } = await sharp(data, { failOn: 'error' }).raw().toBuffer({ resolveWithObject: true });
  expect(info.width).toBe(image.width);
}

describe('importImage, several at once', () => {
  it('gives two photos of the same name two free names, and neither overwrites the other', async () => {
    await fs.mkdir(path.join(site, 'assets', 'images'), { recursive: true });
    const [first, second] = await Promise.all([
      importImage(context(), { postId: post, name: 'IMG_0001.jpg', data: await photoOfWidth(1200) }),
      importImage(context(), { postId: post, name: 'IMG_0001.jpg', data: await photoOfWidth(1000) }),
    ]);
    expect([first.width, second.width]).toEqual([1200, 1000]);
    expect(new Set([first.path, second.path])).toEqual(
      new Set(['assets/images/day-1-0001.jpg', 'assets/images/day-1-0001-2.jpg']),
    );
    for (const image of [first, second]) await expectIntact(image);
    expect((await fs.readdir(path.join(site, 'assets', 'images'))).sort()).toEqual([
      'day-1-0001-2.jpg',
      'day-1-0001.jpg',
    ]);
  });

  it('keeps every import in the log when many run at the same time', async () => {
    const widths = [1000, 1008, 1016, 1024, 1032, 1040];
    const photos = await Promise.all(widths.map(photoOfWidth));
    const images = await Promise.all(
      photos.map((data, index) =>
        importImage(context(), { postId: `_posts/2026-03-1${index}-day-${index}.md`, name: 'stage.jpg', data }),
      ),
    );
    expect(new Set(images.map((image) => image.path)).size).toBe(widths.length);
    for (const image of images) await expectIntact(image);
    const log = await readImportLog(importLogFile(userData, site), site);
    expect([...log.sources.values()].map((record) => record.path).sort()).toEqual(
      images.map((image) => image.path).sort(),
    );
    expect(log.posts.size).toBe(widths.length);
  });

  it('imports the same photo given twice at once only once: the second links the first file again', async () => {
    const data = await photoOfWidth(1200);
    const other = '_posts/2026-03-15-day-2.md';
    const [first, again] = await Promise.all([
      importImage(context(), { postId: post, name: 'hallway.jpg', data }),
      importImage(context(), { postId: other, name: 'hallway track.jpg', data }),
    ]);
    expect(first.reused).toBe(false);
    expect(again).toEqual({ ...first, reused: true, altSuggestion: 'Hallway track' });
    expect(await fs.readdir(path.join(site, 'assets', 'images'))).toEqual(['hallway.jpg']);
    const log = await readImportLog(importLogFile(userData, site), site);
    expect(Object.fromEntries(log.posts)).toEqual({
      [post]: ['assets/images/hallway.jpg'],
      [other]: ['assets/images/hallway.jpg'],
    });
  });

  it('imports the same photo itself when an import of it that ran first failed', async () => {
    const data = await largeJpegWithExif({ width: 3000, height: 2000 });
    // The first import processes the photo, then cannot make its folder: a file is in the way.
    await fs.writeFile(path.join(site, 'blocked'), 'not a folder');
    const [failed, imported] = await Promise.allSettled([
      importImage(context({ folder: 'blocked/photos' }), { postId: post, name: 'hallway.jpg', data }),
      importImage(context(), { postId: post, name: 'hallway.jpg', data }),
    ]);
    expect(failed.status).toBe('rejected');
    expect(imported).toMatchObject({
      status: 'fulfilled',
      value: { path: 'assets/images/hallway.jpg', reused: false },
    });
    expect(await fs.readdir(path.join(site, 'assets', 'images'))).toEqual(['hallway.jpg']);
  });
});
