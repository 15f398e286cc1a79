import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSiteImages } from '../../../../src/images/node/list-images';
import { jekyllProfile, plainProfile, type SiteProfile } from '../../../../src/site/site-profile';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
let site: string;
let outside: string;
let jekyll: SiteProfile;
let plain: SiteProfile;

beforeEach(async () => {
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  jekyll = jekyllProfile(site, 'Blog', {});
  plain = plainProfile(site, 'Notes', { markdownFolders: ['.'], hasPostsFolder: false });
});

afterEach(async () => {
  await fs.rm(site, { recursive: true, force: true });
  await fs.rm(outside, { recursive: true, force: true });
});

/** Writes an image `size` bytes long, modified `minutesAgo` before a fixed moment. */
async function writeImage(relative: string, minutesAgo: number, size = 16, folder = site): Promise<void> {
  const file = path.join(folder, ...relative.split('/'));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, Buffer.concat([pngSignature, Buffer.alloc(size - pngSignature.length, 7)]));
  const time = new Date(Date.UTC(2026, 10, 23, 12) - minutesAgo * 60_000);
  await fs.utimes(file, time, time);
}

const paths = async (profile: SiteProfile, limit?: number) =>
  (await listSiteImages(profile, limit)).map((image) => image.path);

describe('listSiteImages', () => {
  it('lists images in the asset folders, newest first, with size and time', async () => {
    await writeImage('assets/img/keynote.png', 30, 20);
    await writeImage('images/stage.JPG', 10, 40);
    await writeImage('assets/logo.svg', 20);
    await writeImage('assets/photo.jpeg', 40);
    await writeImage('assets/a.GIF', 50);
    await writeImage('assets/b.webp', 60);
    await writeImage('assets/c.avif', 70);
    await writeImage('assets/notes.txt', 5);
    await writeImage('assets/png', 5);
    await writeImage('_posts/inline.png', 5);
    await writeImage('root.png', 5);

    const images = await listSiteImages(jekyll);
    expect(images.map((image) => image.path)).toEqual([
      'images/stage.JPG',
      'assets/logo.svg',
      'assets/img/keynote.png',
      'assets/photo.jpeg',
      'assets/a.GIF',
      'assets/b.webp',
      'assets/c.avif',
    ]);
    expect(images[0]).toEqual({ path: 'images/stage.JPG', bytes: 40, modifiedMs: Date.UTC(2026, 10, 23, 11, 50) });
    expect(images[2]?.bytes).toBe(20);
  });

  it('searches the whole site for a plain profile, skipping dot-names, node_modules and _site', async () => {
    await writeImage('cover.png', 1);
    await writeImage('posts/day-1/photo.png', 2);
    await writeImage('.git/logo.png', 0);
    await writeImage('.hidden.png', 0);
    await writeImage('assets/.cache/thumb.png', 0);
    await writeImage('node_modules/pkg/icon.png', 0);
    await writeImage('_site/cover.png', 0);
    await writeImage('docs/node_modules/icon.png', 0);
    expect(await paths(plain)).toEqual(['cover.png', 'posts/day-1/photo.png']);
  });

  it('answers at most `limit` images, the newest, and orders equal times by path', async () => {
    await writeImage('b.png', 5);
    await writeImage('a.png', 5);
    await writeImage('c.png', 1);
    await writeImage('old.png', 99);
    expect(await paths(plain, 3)).toEqual(['c.png', 'a.png', 'b.png']);
    expect(await paths(plain, 0)).toEqual([]);
    expect(await paths(plain)).toHaveLength(4);
  });

  it('refuses a limit that is not a whole number of 0 or more', async () => {
    for (const limit of [-1, 1.5, Number.NaN]) {
      await expect(listSiteImages(plain, limit)).rejects.toMatchObject({ code: 'invalid-argument' });
    }
  });

  it('is empty when the asset folders do not exist', async () => {
    expect(await listSiteImages(jekyll)).toEqual([]);
  });

  it('lists linked images only when they lead to a file inside the site, and never follows folder links', async () => {
    await writeImage('assets/real.png', 3, 24);
    await writeImage('secret.png', 1, 16, outside);
    await writeImage('shared/outside.png', 1, 16, outside);
    await fs.symlink('real.png', path.join(site, 'assets', 'alias.png'));
    await fs.symlink(path.join(outside, 'secret.png'), path.join(site, 'assets', 'secret.png'));
    await fs.symlink('missing.png', path.join(site, 'assets', 'dangling.png'));
    await fs.symlink(path.join(outside, 'shared'), path.join(site, 'assets', 'shared'));
    await fs.symlink('..', path.join(site, 'assets', 'loop'));
    await fs.mkdir(path.join(site, 'assets', 'dir.png'));

    const images = await listSiteImages(jekyll);
    expect(images).toEqual([
      { path: 'assets/alias.png', bytes: 24, modifiedMs: Date.UTC(2026, 10, 23, 11, 57) },
      { path: 'assets/real.png', bytes: 24, modifiedMs: Date.UTC(2026, 10, 23, 11, 57) },
    ]);
  });

  it('skips an asset folder that links out of the site', async () => {
    await writeImage('secret.png', 1, 16, outside);
    await writeImage('assets/own.png', 2);
    await fs.symlink(outside, path.join(site, 'images'));
    expect(await paths(jekyll)).toEqual(['assets/own.png']);
  });
});
