import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanyardError } from '../../../../src/api/lanyard-error';
import { defaultImageSettings, type ImageSettings } from '../../../../src/images/image-settings';
import { importImage, type ImportContext } from '../../../../src/images/node/import-image';
import { importLogFile, readImportLog } from '../../../../src/images/node/import-log';
import { jekyllProfile, plainProfile, type SiteProfile } from '../../../../src/site/site-profile';
import { corruptJpeg, largeJpegWithExif, pngScreenshot, textFile } from './generate-photos';

const post = '_posts/2026-03-14-day-1.md';
let site: string;
let userData: string;
let jekyll: SiteProfile;

beforeEach(async () => {
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  userData = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  jekyll = jekyllProfile(site, 'Blog', {});
});

afterEach(async () => {
  await fs.chmod(path.join(site, 'assets', 'images'), 0o755).catch(() => undefined);
  await fs.rm(site, { recursive: true, force: true });
  await fs.rm(userData, { recursive: true, force: true });
});

const context = (settings: Partial<ImageSettings> = {}, profile = jekyll): ImportContext => ({
  profile,
  userDataDir: userData,
  settings: { ...defaultImageSettings, ...settings },
});

/** Every entry in the site, hidden ones included, as sorted site-relative paths. */
async function siteEntries(): Promise<string[]> {
  const entries = await fs.readdir(site, { recursive: true });
  return entries.map((entry) => entry.split(path.sep).join('/')).sort();
}

async function writeSiteFile(relative: string, data: string | Buffer): Promise<void> {
  const file = path.join(site, ...relative.split('/'));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, data);
}

const photo = (width = 600, height = 400) => largeJpegWithExif({ width, height, gps: true, make: 'Pear' });

async function rejection(promise: Promise<unknown>): Promise<LanyardError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(LanyardError);
  return error as LanyardError;
}

describe('importImage', () => {
  it('writes a processed photo into Jekyll’s assets/images under its meaningful name', async () => {
    const image = await importImage(context(), { postId: post, name: 'Keynote Stage.JPG', data: await photo() });
    const written = await fs.readFile(path.join(site, 'assets', 'images', 'keynote-stage.jpg'));
    expect(image).toEqual({
      path: 'assets/images/keynote-stage.jpg',
      url: '/assets/images/keynote-stage.jpg',
      width: 600,
      height: 400,
      bytes: written.length,
      reused: false,
      altSuggestion: 'Keynote Stage',
    });
    expect((await sharp(written).metadata()).exif).toBeUndefined();
    expect(await siteEntries()).toEqual(['assets', 'assets/images', 'assets/images/keynote-stage.jpg']);
  });

  it('uses a folder per post, a configured folder, and the post slug for camera names', async () => {
    const perPost = await importImage(context({ folderPerPost: true }), {
      postId: post,
      name: 'IMG_2041.JPG',
      data: await photo(),
    });
    expect(perPost.path).toBe('assets/images/day-1/day-1-2041.jpg');
    expect(perPost.altSuggestion).toBe('');
    const configured = await importImage(context({ folder: 'media/photos', maxEdge: 200 }), {
      postId: post,
      name: 'Screenshot 2026-03-14 at 09.30.12.png',
      data: await pngScreenshot(400, 300),
    });
    expect(configured).toMatchObject({
      path: 'media/photos/day-1-2026-03-14-09-30-12.png',
      url: '/media/photos/day-1-2026-03-14-09-30-12.png',
      width: 200,
      height: 150,
    });
    await expect(fs.stat(path.join(site, 'media', 'photos', 'day-1-2026-03-14-09-30-12.png'))).resolves.toBeTruthy();
  });

  it('keeps a bundle post’s photo next to its index.md and links it by name', async () => {
    const plain = plainProfile(site, 'Notes', { markdownFolders: ['posts/trip'], hasPostsFolder: true });
    const image = await importImage(context({}, plain), {
      postId: 'posts/trip/index.md',
      name: 'hallway.jpg',
      data: await photo(),
    });
    expect([image.path, image.url]).toEqual(['posts/trip/hallway.jpg', 'hallway.jpg']);
  });

  it('never overwrites an existing file: the next free number is used', async () => {
    await writeSiteFile('assets/images/stage.jpg', 'the writer’s own stage photo');
    await writeSiteFile('assets/images/stage-2.jpg', 'another one');
    const image = await importImage(context(), { postId: post, name: 'stage.jpg', data: await photo() });
    expect(image.path).toBe('assets/images/stage-3.jpg');
    expect(await fs.readFile(path.join(site, 'assets/images/stage.jpg'), 'utf8')).toBe('the writer’s own stage photo');
    expect(await fs.readFile(path.join(site, 'assets/images/stage-2.jpg'), 'utf8')).toBe('another one');
    expect((await fs.readdir(path.join(site, 'assets/images'))).sort()).toEqual([
      'stage-2.jpg',
      'stage-3.jpg',
      'stage.jpg',
    ]);
  });

  it('links the same photo again instead of writing it twice, and records each post', async () => {
    const data = await photo();
    const first = await importImage(context(), { postId: post, name: 'hallway.jpg', data });
    const again = await importImage(context(), {
      postId: '_posts/2026-03-15-day-2.md',
      name: 'hallway track.jpg',
      data,
    });
    expect(again).toEqual({ ...first, reused: true, altSuggestion: 'Hallway track' });
    expect(await fs.readdir(path.join(site, 'assets/images'))).toEqual(['hallway.jpg']);
    const log = await readImportLog(importLogFile(userData, site), site);
    expect(Object.fromEntries(log.posts)).toEqual({
      [post]: ['assets/images/hallway.jpg'],
      '_posts/2026-03-15-day-2.md': ['assets/images/hallway.jpg'],
    });
  });

  it('imports the photo again once its file is deleted or replaced by another', async () => {
    const data = await photo();
    const first = await importImage(context(), { postId: post, name: 'hallway.jpg', data });
    await fs.rm(path.join(site, first.path));
    const second = await importImage(context(), { postId: post, name: 'hallway.jpg', data });
    expect([second.path, second.reused]).toEqual(['assets/images/hallway.jpg', false]);
    expect((await fs.stat(path.join(site, second.path))).size).toBe(second.bytes);

    await fs.writeFile(path.join(site, second.path), 'the writer put a different file here');
    const third = await importImage(context(), { postId: post, name: 'hallway.jpg', data });
    expect([third.path, third.reused]).toEqual(['assets/images/hallway-2.jpg', false]);
    expect(await fs.readFile(path.join(site, second.path), 'utf8')).toBe('the writer put a different file here');
  });

  it('leaves nothing in the site when the photo cannot be read, and names the file', async () => {
    await fs.mkdir(path.join(site, 'assets', 'images'), { recursive: true });
    const damaged = await rejection(
      importImage(context(), { postId: post, name: 'broken.jpg', data: await corruptJpeg() }),
    );
    expect(damaged.code).toBe('invalid-argument');
    expect(damaged.message).toMatch(/^broken\.jpg: The photo looks damaged/);
    const notes = await rejection(importImage(context(), { postId: post, name: 'notes.jpg', data: textFile() }));
    expect(notes.message).toMatch(/^notes\.jpg: This isn't a photo/);
    expect(await siteEntries()).toEqual(['assets', 'assets/images']);
  });

  it('removes the written file and the folders it made when the import cannot be recorded', async () => {
    await fs.rm(userData, { recursive: true });
    await fs.writeFile(userData, 'a file where the user-data folder should be');
    await expect(importImage(context(), { postId: post, name: 'stage.jpg', data: await photo() })).rejects.toThrow();
    expect(await siteEntries()).toEqual([]);
  });

  it('says so when the images folder is read-only, and writes nothing', async ({ skip }) => {
    const images = path.join(site, 'assets', 'images');
    await fs.mkdir(images, { recursive: true });
    // Root writes through file modes, so as root the folder becomes a read-only mount instead.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', images], { stdio: 'pipe' });
      } catch (error) {
        skip(`root cannot mount a read-only tmpfs here: ${(error as Error).message.split('\n')[0]}`);
      }
    } else {
      await fs.chmod(images, 0o555);
    }
    try {
      const error = await rejection(importImage(context(), { postId: post, name: 'stage.jpg', data: await photo() }));
      expect(error.code).toBe('read-only');
      expect(error.message).toBe("Lanyard isn't allowed to write to assets/images. Nothing was written.");
      expect(await siteEntries()).toEqual(['assets', 'assets/images']);
    } finally {
      if (asRoot) execFileSync('umount', [images]);
    }
  });

  it('writes nothing when cancelled before or while the photo is processed', async () => {
    const data = await photo(3000, 2000);
    const before = new AbortController();
    before.abort();
    const early = await rejection(importImage(context(), { postId: post, name: 'stage.jpg', data }, before.signal));
    expect([early.code, early.message]).toEqual([
      'refused',
      'stage.jpg was not imported: the import was cancelled. Nothing was written.',
    ]);
    const during = new AbortController();
    const pending = importImage(context(), { postId: post, name: 'stage.jpg', data }, during.signal);
    setTimeout(() => during.abort(), 1);
    expect((await rejection(pending)).code).toBe('refused');
    expect(await siteEntries()).toEqual([]);
    expect((await readImportLog(importLogFile(userData, site), site)).sources.size).toBe(0);
  });

  it('refuses a configured folder outside the site and writes nothing there', async () => {
    const error = await rejection(
      importImage(context({ folder: '../elsewhere' }), { postId: post, name: 'stage.jpg', data: await photo() }),
    );
    expect(error.code).toBe('outside-site');
    await expect(fs.stat(path.join(path.dirname(site), 'elsewhere'))).rejects.toThrow();
    expect(await siteEntries()).toEqual([]);
  });
});
