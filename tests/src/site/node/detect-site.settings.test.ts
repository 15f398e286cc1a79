import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PostIndex } from '../../../../src/posts/node/post-index';
import { detectSite } from '../../../../src/site/node/detect-site';
import { useTempSite, writeFileUnder } from '../../support/temp-site';

let temp = '';
let site = '';
useTempSite((folders) => ({ temp, site } = folders));

const settings = (text: string) => writeFileUnder(site, '.lanyard/site.yml', text);

describe('detectSite: a plain folder laid out by .lanyard/site.yml', () => {
  it('lists posts from the set folder only, creates new ones there, and keeps photos and URLs as set', async () => {
    await writeFileUnder(site, 'README.md', '# Not a post');
    await writeFileUnder(site, 'notes/day-1.md', '# Day 1');
    await writeFileUnder(site, 'notes/2026/day-2.md', '# Day 2');
    await settings('posts: notes\nimages: notes/media\nurl: https://me.example.com/:slug/\n');
    const profile = await detectSite(site);
    expect(profile).toMatchObject({
      kind: 'plain',
      postFolders: ['notes'],
      newPostFolder: 'notes',
      photoFolders: { folder: 'notes/media', servedFrom: '.' },
      urlPattern: 'https://me.example.com/:slug/',
      notice: null,
    });
    const index = new PostIndex(profile, path.join(temp, 'index.json'));
    await index.load();
    expect(
      index
        .list()
        .map((post) => post.id)
        .sort(),
    ).toEqual(['notes/2026/day-2.md', 'notes/day-1.md']);
  });

  it('without settings, lists every folder of Markdown as before', async () => {
    await writeFileUnder(site, 'README.md', '# Readme');
    await writeFileUnder(site, 'notes/day-1.md', '# Day 1');
    const profile = await detectSite(site);
    expect(profile.postFolders).toEqual(['.', 'notes']);
    expect(profile.photoFolders).toBeUndefined();
    expect(profile.urlPattern).toBeUndefined();
  });

  it('falls back to every folder of Markdown when the set posts folder is missing, and says so', async () => {
    await writeFileUnder(site, 'drafts/one.md', '# One');
    await settings('posts: notes\nimages: media\n');
    const profile = await detectSite(site);
    expect(profile.postFolders).toEqual(['.', 'drafts']);
    expect(profile.photoFolders).toEqual({ folder: 'media', servedFrom: '.' });
    expect(profile.notice).toBe(
      'The posts folder notes/ set in .lanyard/site.yml does not exist. Lanyard lists every folder of Markdown instead.',
    );
  });

  it('never lists a posts folder that is a link to elsewhere', async () => {
    await writeFileUnder(temp, 'outside/secret.md', '# Secret');
    await fs.symlink(path.join(temp, 'outside'), path.join(site, 'notes'));
    await settings('posts: notes\n');
    const profile = await detectSite(site);
    expect(profile.postFolders).not.toContain('notes');
    expect(profile.notice).toMatch(/^The posts folder notes\/ set in \.lanyard\/site\.yml is a link to another folder/);
  });

  it('shows what was wrong with the file and still opens the folder', async () => {
    await writeFileUnder(site, 'post.md', '# Post');
    await settings('posts: [notes\n');
    const profile = await detectSite(site);
    expect(profile.kind).toBe('plain');
    expect(profile.postFolders).toEqual(['.']);
    expect(profile.notice).toMatch(/^\.lanyard\/site\.yml was not used: .+/);
  });

  it("is not read for a generator's site, whose config decides", async () => {
    await writeFileUnder(site, '_config.yml', 'title: Diary\n');
    await settings('posts: notes\nurl: https://me.example.com/:slug/\n');
    const profile = await detectSite(site);
    expect(profile.kind).toBe('jekyll');
    expect(profile.postFolders).toEqual(['_posts', '_drafts']);
    expect(profile.urlPattern).toBeUndefined();
  });

  it('applies to a generator site opened as plain, beside the reason it was', async () => {
    await writeFileUnder(site, '_config.yml', 'title: [broken\n');
    await writeFileUnder(site, 'notes/a.md', '# A');
    await settings('posts: notes\n');
    const profile = await detectSite(site);
    expect(profile.kind).toBe('plain');
    expect(profile.postFolders).toEqual(['notes']);
    expect(profile.notice).toMatch(/^_config\.yml could not be read/);
  });
});
