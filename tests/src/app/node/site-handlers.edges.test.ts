import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../../../../src/posts/post-types';
import type { SiteSettingsView } from '../../../../src/site/site-settings';
import { useTempSite, writeFileUnder } from '../../support/temp-site';
import { callChannel, openCoreOn } from './test-host';

const run = promisify(execFile);

let temp = '';
let site = '';
useTempSite((folders) => ({ temp, site } = folders));

const call = callChannel;
const openCore = () => openCoreOn(site, path.join(temp, 'user-data'));

const exists = (relative: string) =>
  fs.lstat(path.join(site, ...relative.split('/'))).then(
    () => true,
    () => false,
  );

describe('site settings', () => {
  it('Save with nothing set on a fresh plain folder writes no settings file into the site', async () => {
    await writeFileUnder(site, 'post.md', '# Post');
    const core = await openCore();
    await call(core, 'site.updateSettings', { postsFolder: null, imagesFolder: null, urlPattern: null });
    // Today a `.lanyard/site.yml` holding the header and a literal `null` appears in the writer's repo.
    expect(await exists('.lanyard/site.yml')).toBe(false);
    await core.dispose();
  });

  it('clearing a skipped setting in the dialog (which shows it empty) ends the notice about it', async () => {
    await writeFileUnder(site, 'post.md', '# Post');
    await writeFileUnder(site, '.lanyard/site.yml', 'posts: ../outside\n');
    const core = await openCore();
    const before = await call<SiteSettingsView>(core, 'site.settings');
    expect(before.settings.postsFolder).toBeNull();
    expect(before.problem).toMatch(/skipped/);
    // What the dialog sends when the writer saves the empty field it was shown.
    await call(core, 'site.updateSettings', before.settings);
    const after = await call<SiteSettingsView>(core, 'site.settings');
    expect(after.problem).toBeNull();
    await core.dispose();
  });

  it('refuses a posts folder Lanyard never lists, where a new post could not be opened', async () => {
    await writeFileUnder(site, 'node_modules/pkg/readme.md', '# pkg');
    const core = await openCore();
    await expect(
      call(core, 'site.updateSettings', { postsFolder: 'node_modules', imagesFolder: null, urlPattern: null }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(await exists('.lanyard')).toBe(false);
    await core.dispose();
  });

  it("a Jekyll collections_dir naming .git never makes Lanyard write posts into the repository's .git", async () => {
    await run('git', ['init', '-q', site]);
    await writeFileUnder(site, '_config.yml', 'title: Blog\ncollections_dir: .git\n');
    const core = await openCore();
    const created = await call<PostSummary>(core, 'posts.create', { title: 'Day 1' });
    expect(created.id.startsWith('.git/')).toBe(false);
    expect(await exists('.git/_posts')).toBe(false);
    await core.dispose();
  });

  it("a page-bundle site's layout shows where a new post's photos really go", async () => {
    await writeFileUnder(site, 'hugo.toml', 'baseURL = "https://me.example.com/"\ntitle = "Blog"\n');
    await writeFileUnder(site, 'content/posts/day-1/index.md', '---\ntitle: Day 1\ndate: 2026-03-14\n---\n');
    await writeFileUnder(site, 'content/posts/day-2/index.md', '---\ntitle: Day 2\ndate: 2026-03-15\n---\n');
    const core = await openCore();
    const created = await call<PostSummary>(core, 'posts.create', { title: 'New post' });
    expect(created.id).toBe('content/posts/new-post/index.md');
    const { layout } = await call<SiteSettingsView>(core, 'site.settings');
    // A bundle's photos go into the bundle and are linked by bare name; the dialog says static/images/.
    expect(layout.photoLink).toBe('photo.jpg');
    await core.dispose();
  });

  it('an images folder set in site.yml that is a link is not used, like a linked posts folder', async () => {
    await run('git', ['init', '-q', site]);
    await writeFileUnder(site, 'post.md', '# Post');
    await fs.symlink('.git', path.join(site, 'media'));
    await writeFileUnder(site, '.lanyard/site.yml', 'images: media\n');
    const core = await openCore();
    const view = await call<SiteSettingsView>(core, 'site.settings');
    // Today photos of every post would be written into .git/ through the link.
    expect(view.layout.photoFolder).not.toBe('media');
    expect(view.problem).toMatch(/link/);
    await core.dispose();
  });
});
