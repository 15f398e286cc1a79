import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../../../../src/posts/post-types';
import type { SiteInfo } from '../../../../src/site/site-info';
import type { SiteSettingsView } from '../../../../src/site/site-settings';
import { useTempSite, writeFileUnder } from '../../support/temp-site';
import { callChannel, openCoreOn } from './test-host';

let temp = '';
let site = '';
useTempSite((folders) => ({ temp, site } = folders));

const call = callChannel;
const openCore = () => openCoreOn(site, path.join(temp, 'user-data'));

describe('site.settings', () => {
  it("shows a generator site's layout read from its config, the newest post's URL, and refuses edits", async () => {
    await writeFileUnder(site, '_config.yml', 'url: https://me.example.com\nbaseurl: /blog\npermalink: pretty\n');
    await writeFileUnder(site, '_posts/2026-03-13-old.md', '---\ntitle: Old\n---\n');
    await writeFileUnder(site, '_posts/2026-03-14-day-1.md', '---\ntitle: Day 1\n---\n');
    const core = await openCore();
    const view = await call<SiteSettingsView>(core, 'site.settings');
    expect(view).toEqual({
      settings: { postsFolder: null, imagesFolder: null, urlPattern: null },
      editable: false,
      layout: {
        postFolders: ['_posts', '_drafts'],
        newPostFolder: '_posts',
        photoFolder: 'assets/images',
        photoLink: '/blog/assets/images/photo.jpg',
        examplePost: { id: '_posts/2026-03-14-day-1.md', url: 'https://me.example.com/blog/2026/03/14/day-1/' },
      },
      problem: null,
    });
    await expect(
      call(core, 'site.updateSettings', { postsFolder: 'notes', imagesFolder: null, urlPattern: null }),
    ).rejects.toMatchObject({ code: 'refused', message: expect.stringMatching(/generator’s config/) as unknown });
    await expect(fs.stat(path.join(site, '.lanyard'))).rejects.toMatchObject({ code: 'ENOENT' });
    await core.dispose();
  });

  it('saves a plain folder’s settings in the site and reopens it laid out by them', async () => {
    await writeFileUnder(site, 'README.md', '# Readme');
    await writeFileUnder(site, 'notes/day-1.md', '---\ntitle: Day 1\n---\n');
    const core = await openCore();
    expect((await call<PostSummary[]>(core, 'posts.list')).map((post) => post.id).sort()).toEqual([
      'README.md',
      'notes/day-1.md',
    ]);

    const settings = { postsFolder: 'notes', imagesFolder: 'notes/media', urlPattern: 'https://me.example.com/:slug/' };
    const info = await call<SiteInfo>(core, 'site.updateSettings', settings);
    expect(info.postFolders).toEqual(['notes']);
    expect(await fs.readFile(path.join(site, '.lanyard', 'site.yml'), 'utf8')).toMatch(/posts: notes\n/);
    expect((await call<PostSummary[]>(core, 'posts.list')).map((post) => post.id)).toEqual(['notes/day-1.md']);

    const view = await call<SiteSettingsView>(core, 'site.settings');
    expect(view).toMatchObject({ settings, editable: true, problem: null });
    expect(view.layout).toMatchObject({
      newPostFolder: 'notes',
      photoFolder: 'notes/media',
      photoLink: '/notes/media/photo.jpg',
      examplePost: { id: 'notes/day-1.md', url: 'https://me.example.com/day-1/' },
    });
    const created = await call<PostSummary>(core, 'posts.create', { title: 'Day 2' });
    expect(created.id).toBe('notes/day-2.md');
    await core.dispose();
  });

  it('refuses bad values at the channel, naming the problem, and writes nothing', async () => {
    await writeFileUnder(site, 'post.md', '# Post');
    const core = await openCore();
    for (const [settings, message] of [
      [{ postsFolder: '../out', imagesFolder: null, urlPattern: null }, /inside the site/],
      [{ postsFolder: null, imagesFolder: '.git', urlPattern: null }, /Hidden folders/],
      [{ postsFolder: null, imagesFolder: null, urlPattern: 'https://x.example/:tags/' }, /:tags is not a placeholder/],
      [{ postsFolder: null, imagesFolder: null }, /urlPattern/],
    ] as const) {
      await expect(call(core, 'site.updateSettings', settings)).rejects.toMatchObject({
        code: 'invalid-argument',
        message: expect.stringMatching(message) as unknown,
      });
    }
    await expect(fs.stat(path.join(site, '.lanyard'))).rejects.toMatchObject({ code: 'ENOENT' });
    await core.dispose();
  });
});
