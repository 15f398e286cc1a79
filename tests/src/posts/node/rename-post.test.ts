import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renamePost } from '../../../../src/posts/node/rename-post';
import { jekyllProfile, plainProfile, type SiteProfile } from '../../../../src/site/site-profile';

let site: string;
let jekyll: SiteProfile;

beforeEach(async () => {
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  jekyll = jekyllProfile(site, 'Blog', {});
  await fs.mkdir(path.join(site, '_posts'));
});

afterEach(async () => {
  await fs.rm(site, { recursive: true, force: true });
});

const onDisk = (id: string) => path.join(site, ...id.split('/'));
const exists = (id: string) =>
  fs.lstat(onDisk(id)).then(
    () => true,
    () => false,
  );

/** Bytes that are not valid UTF-8, so any decode-and-rewrite would show. */
const content = Buffer.concat([Buffer.from('---\ntitle: "Day 1"\n---\n\nCafé '), Buffer.from([0xff, 0xfe, 0x00])]);

async function writePost(id: string): Promise<void> {
  await fs.mkdir(path.dirname(onDisk(id)), { recursive: true });
  await fs.writeFile(onDisk(id), content);
}

describe('renamePost', () => {
  it('renames to the new slug keeping the date prefix, extension, bytes, mode and time', async () => {
    const id = '_posts/2026-11-23-day-1.markdown';
    await writePost(id);
    await fs.chmod(onDisk(id), 0o640);
    const past = new Date('2024-03-04T05:06:07Z');
    await fs.utimes(onDisk(id), past, past);

    const newId = await renamePost(jekyll, id, 'Day 1: Keynotes & Zürich');
    expect(newId).toBe('_posts/2026-11-23-day-1-keynotes-zurich.markdown');
    expect(await exists(id)).toBe(false);
    expect(await fs.readFile(onDisk(newId))).toEqual(content);
    const stats = await fs.stat(onDisk(newId));
    expect(stats.mode & 0o777).toBe(0o640);
    expect(stats.mtimeMs).toBe(past.getTime());
    expect(stats.nlink).toBe(1);
  });

  it('uses the plain slug for a name without a date prefix, in any folder', async () => {
    const plain = plainProfile(site, 'Notes', { markdownFolders: ['.', 'posts'], hasPostsFolder: true });
    await writePost('posts/old-title.md');
    await writePost('draft.md');
    expect(await renamePost(plain, 'posts/old-title.md', 'New Title')).toBe('posts/new-title.md');
    expect(await renamePost(plain, 'draft.md', '2026 recap')).toBe('2026-recap.md');
    expect(await fs.readdir(site)).toEqual(['2026-recap.md', '_posts', 'posts']);
    expect(await fs.readdir(path.join(site, 'posts'))).toEqual(['new-title.md']);
  });

  it('refuses to rename a page bundle’s index.md, which its folder names', async () => {
    const plain = plainProfile(site, 'Notes', { markdownFolders: ['posts/trip'], hasPostsFolder: true });
    await writePost('posts/trip/index.md');
    await expect(renamePost(plain, 'posts/trip/index.md', 'Another trip')).rejects.toMatchObject({ code: 'refused' });
    expect(await exists('posts/trip/index.md')).toBe(true);
  });

  it('keeps only a whole YYYY-MM-DD- prefix', async () => {
    await writePost('_drafts/2026-11-notes.md');
    expect(await renamePost(jekyll, '_drafts/2026-11-notes.md', 'Notes')).toBe('_drafts/notes.md');
  });

  it('answers the same id without going to the disk when the name would not change', async () => {
    const gone = jekyllProfile(path.join(site, 'no-such-site'), 'Gone', {});
    expect(await renamePost(gone, '_posts/2026-11-23-day-1.md', 'Day 1!')).toBe('_posts/2026-11-23-day-1.md');
    await expect(renamePost(gone, '_posts/2026-11-23-day-1.md', 'Day 2')).rejects.toMatchObject({
      code: 'site-vanished',
    });
  });

  it('renames when only the letter case changes', async () => {
    await writePost('_posts/2026-11-23-Day-1.md');
    expect(await renamePost(jekyll, '_posts/2026-11-23-Day-1.md', 'day 1')).toBe('_posts/2026-11-23-day-1.md');
    expect(await fs.readdir(path.join(site, '_posts'))).toEqual(['2026-11-23-day-1.md']);
  });

  it('never replaces an existing file, and says which one is in the way', async () => {
    await writePost('_posts/2026-11-23-day-1.md');
    await fs.writeFile(onDisk('_posts/2026-11-23-keynote.md'), 'another post');
    await expect(renamePost(jekyll, '_posts/2026-11-23-day-1.md', 'Keynote')).rejects.toMatchObject({
      name: 'LanyardError',
      code: 'already-exists',
      message: expect.stringContaining('_posts/2026-11-23-keynote.md') as unknown,
    });
    expect(await fs.readFile(onDisk('_posts/2026-11-23-day-1.md'))).toEqual(content);
    expect(await fs.readFile(onDisk('_posts/2026-11-23-keynote.md'), 'utf8')).toBe('another post');
  });

  it('moves a symlinked post as a link, still pointing at its target', async () => {
    await writePost('_drafts/shared.md');
    await fs.symlink('../_drafts/shared.md', onDisk('_posts/2026-11-23-shared.md'));
    const newId = await renamePost(jekyll, '_posts/2026-11-23-shared.md', 'Shared notes');
    expect(newId).toBe('_posts/2026-11-23-shared-notes.md');
    expect(await fs.readlink(onDisk(newId))).toBe('../_drafts/shared.md');
    expect(await exists('_posts/2026-11-23-shared.md')).toBe(false);
    expect((await fs.stat(onDisk('_drafts/shared.md'))).nlink).toBe(1);
  });

  it('never replaces an existing file when moving a link either', async () => {
    await writePost('_drafts/shared.md');
    await fs.symlink('../_drafts/shared.md', onDisk('_posts/2026-11-23-shared.md'));
    await fs.writeFile(onDisk('_posts/2026-11-23-taken.md'), 'taken');
    await expect(renamePost(jekyll, '_posts/2026-11-23-shared.md', 'Taken')).rejects.toMatchObject({
      code: 'already-exists',
    });
    expect(await fs.readlink(onDisk('_posts/2026-11-23-shared.md'))).toBe('../_drafts/shared.md');
    expect(await fs.readFile(onDisk('_posts/2026-11-23-taken.md'), 'utf8')).toBe('taken');
  });

  it('fails clearly for a post that is gone or is a folder', async () => {
    await expect(renamePost(jekyll, '_posts/2026-11-23-gone.md', 'Back')).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('_posts/2026-11-23-gone.md') as unknown,
    });
    await fs.mkdir(onDisk('_posts/2026-11-23-folder.md'));
    await expect(renamePost(jekyll, '_posts/2026-11-23-folder.md', 'File')).rejects.toMatchObject({
      code: 'refused',
    });
    expect(await exists('_posts/2026-11-23-folder.md')).toBe(true);
  });

  it('refuses when the post folder leads out of the site', async () => {
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
    try {
      await fs.writeFile(path.join(outside, 'old.md'), 'outside');
      await fs.symlink(outside, onDisk('elsewhere'));
      const plain = plainProfile(site, 'Notes', { markdownFolders: ['elsewhere'], hasPostsFolder: false });
      await expect(renamePost(plain, 'elsewhere/old.md', 'New')).rejects.toMatchObject({ code: 'outside-site' });
      expect(await fs.readdir(outside)).toEqual(['old.md']);
    } finally {
      await fs.rm(outside, { recursive: true, force: true });
    }
  });
});
