import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitFrontMatter } from '../../../../src/frontmatter/split-front-matter';
import { createPost } from '../../../../src/posts/node/create-post';
import { jekyllProfile, plainProfile, type SiteProfile } from '../../../../src/site/site-profile';

/** 23:30:15 UTC: already the next day east of Greenwich, still the same day west of it. */
const now = new Date('2026-11-23T23:30:15Z');
let site: string;
let jekyll: SiteProfile;

beforeEach(async () => {
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  jekyll = jekyllProfile(site, 'Blog', { hasDrafts: false });
});

afterEach(async () => {
  await fs.rm(site, { recursive: true, force: true });
});

const readId = (id: string) => fs.readFile(path.join(site, ...id.split('/')), 'utf8');

describe('createPost: Jekyll', () => {
  it('writes _posts/YYYY-MM-DD-slug.md with exactly the minimal front matter, creating _posts', async () => {
    const { id } = await createPost(jekyll, 're:Invent Day 1', now, 'America/Los_Angeles');
    expect(id).toBe('_posts/2026-11-23-re-invent-day-1.md');
    expect(await readId(id)).toBe(
      '---\nlayout: post\ntitle: "re:Invent Day 1"\ndate: 2026-11-23 15:30:15 -0800\ntags: []\n---\n\n',
    );
  });

  it('dates the file name and front matter in the given time zone, half-hour offsets included', async () => {
    const tokyo = await createPost(jekyll, 'Tokyo', now, 'Asia/Tokyo');
    expect(tokyo.id).toBe('_posts/2026-11-24-tokyo.md');
    expect(await readId(tokyo.id)).toContain('date: 2026-11-24 08:30:15 +0900\n');
    const newfoundland = await createPost(jekyll, 'St Johns', now, 'America/St_Johns');
    expect(await readId(newfoundland.id)).toContain('date: 2026-11-23 20:00:15 -0330\n');
    const kolkata = await createPost(jekyll, 'Kolkata', now, 'Asia/Kolkata');
    expect(await readId(kolkata.id)).toContain('date: 2026-11-24 05:00:15 +0530\n');
  });

  it('uses local time when no zone is given', async () => {
    const { id } = await createPost(jekyll, 'Local', now);
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(id).toBe(`_posts/${day}-local.md`);
    expect(await readId(id)).toMatch(new RegExp(`\\ndate: ${day} \\d\\d:\\d\\d:15 [+-]\\d{4}\\n`));
  });

  it('escapes quotes, backslashes and control characters so the title reads back exactly', async () => {
    const title = 'She said "hi" \\ then: #tags\tand\u0007bell';
    const { id } = await createPost(jekyll, title, now, 'UTC');
    const text = await readId(id);
    expect(text).toContain('title: "She said \\"hi\\" \\\\ then: #tags\\tand\\u0007bell"\n');
    const split = splitFrontMatter(text);
    expect(parseYaml(split.raw)).toMatchObject({ layout: 'post', title, tags: [] });
  });

  it('never overwrites: same titles get -2, -3 and an existing file is left alone', async () => {
    await fs.mkdir(path.join(site, '_posts'));
    await fs.writeFile(path.join(site, '_posts', '2026-11-23-keynote.md'), 'written by hand');
    const second = await createPost(jekyll, 'Keynote', now, 'UTC');
    const third = await createPost(jekyll, 'Keynote!', now, 'UTC');
    expect([second.id, third.id]).toEqual(['_posts/2026-11-23-keynote-2.md', '_posts/2026-11-23-keynote-3.md']);
    expect(await readId('_posts/2026-11-23-keynote.md')).toBe('written by hand');
  });

  it('gives every concurrent creation its own file', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, () => createPost(jekyll, 'Rush', now, 'UTC')));
    expect(new Set(ids.map(({ id }) => id)).size).toBe(6);
    expect((await fs.readdir(path.join(site, '_posts'))).length).toBe(6);
  });

  it('names an untitled post untitled', async () => {
    expect((await createPost(jekyll, '???', now, 'UTC')).id).toBe('_posts/2026-11-23-untitled.md');
  });

  it('refuses an unknown time zone without creating anything', async () => {
    await expect(createPost(jekyll, 'x', now, 'Mars/Olympus')).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(fs.access(path.join(site, '_posts'))).rejects.toThrow();
  });
});

describe('createPost: plain sites', () => {
  it('writes posts/slug.md with title and date only, creating the folder', async () => {
    const profile = plainProfile(site, 'notes', { markdownFolders: [], hasPostsFolder: true });
    const { id } = await createPost(profile, 'Café notes', now, 'UTC');
    expect(id).toBe('posts/cafe-notes.md');
    expect(await readId(id)).toBe('---\ntitle: "Café notes"\ndate: 2026-11-23 23:30:15 +0000\n---\n\n');
  });

  it('writes at the root when the new-post folder is the root', async () => {
    const profile = plainProfile(site, 'notes', { markdownFolders: ['.'], hasPostsFolder: false });
    const first = await createPost(profile, 'Notes', now, 'UTC');
    const second = await createPost(profile, 'Notes', now, 'UTC');
    expect([first.id, second.id]).toEqual(['notes.md', 'notes-2.md']);
  });

  it('refuses a profile whose new-post folder escapes the site', async () => {
    const profile = {
      ...plainProfile(site, 'notes', { markdownFolders: [], hasPostsFolder: false }),
      newPostFolder: '../x',
    };
    await expect(createPost(profile, 'Escape', now, 'UTC')).rejects.toMatchObject({ code: 'outside-site' });
  });
});
