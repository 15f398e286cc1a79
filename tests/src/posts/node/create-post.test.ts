import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitFrontMatter } from '../../../../src/frontmatter/split-front-matter';
import { createPost } from '../../../../src/posts/node/create-post';
import {
  astroProfile,
  eleventyProfile,
  hugoProfile,
  jekyllProfile,
  plainProfile,
  type SiteProfile,
} from '../../../../src/site/site-profile';

/** 23:30:15 UTC: already the next day east of Greenwich, still the same day west of it. */
const now = new Date('2026-11-23T23:30:15Z');
let site: string;
let jekyll: SiteProfile;
const machineZone = process.env.TZ;

beforeEach(async () => {
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  jekyll = jekyllProfile(site, 'Blog', {});
});

afterEach(async () => {
  await fs.rm(site, { recursive: true, force: true });
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

/** The Jekyll profile of a site whose `_config.yml` sets `timezone`. */
const zoned = (timezone: string): SiteProfile => ({ ...jekyll, timezone });

const readId = (id: string) => fs.readFile(path.join(site, ...id.split('/')), 'utf8');

describe('createPost: Jekyll', () => {
  it('writes _posts/YYYY-MM-DD-slug.md with exactly the minimal front matter, creating _posts', async () => {
    const { id } = await createPost(zoned('America/Los_Angeles'), 're:Invent Day 1', now);
    expect(id).toBe('_posts/2026-11-23-re-invent-day-1.md');
    expect(await readId(id)).toBe(
      '---\nlayout: post\ntitle: "re:Invent Day 1"\ndate: 2026-11-23 15:30:15 -0800\ntags: []\n---\n\n',
    );
  });

  it("dates the file name and front matter in the site's time zone, half-hour offsets included", async () => {
    const tokyo = await createPost(zoned('Asia/Tokyo'), 'Tokyo', now);
    expect(tokyo.id).toBe('_posts/2026-11-24-tokyo.md');
    expect(await readId(tokyo.id)).toContain('date: 2026-11-24 08:30:15 +0900\n');
    const newfoundland = await createPost(zoned('America/St_Johns'), 'St Johns', now);
    expect(await readId(newfoundland.id)).toContain('date: 2026-11-23 20:00:15 -0330\n');
    const kolkata = await createPost(zoned('Asia/Kolkata'), 'Kolkata', now);
    expect(await readId(kolkata.id)).toContain('date: 2026-11-24 05:00:15 +0530\n');
  });

  it('dates the edges of the world on their own day', async () => {
    const kiritimati = await createPost(zoned('Pacific/Kiritimati'), 'Line Islands', now);
    expect(kiritimati.id).toBe('_posts/2026-11-24-line-islands.md');
    expect(await readId(kiritimati.id)).toContain('\ndate: 2026-11-24 13:30:15 +1400\n');
    const pagoPago = await createPost(zoned('Pacific/Pago_Pago'), 'Samoa', new Date('2026-11-24T05:00:00Z'));
    expect(pagoPago.id).toBe('_posts/2026-11-23-samoa.md');
    expect(await readId(pagoPago.id)).toContain('\ndate: 2026-11-23 18:00:00 -1100\n');
  });

  it('writes the offset of the moment itself in the hour clocks repeat', async () => {
    const before = await createPost(zoned('America/Los_Angeles'), 'Before', new Date('2026-11-01T08:30:00Z'));
    const after = await createPost(zoned('America/Los_Angeles'), 'After', new Date('2026-11-01T09:30:00Z'));
    expect(await readId(before.id)).toContain('\ndate: 2026-11-01 01:30:00 -0700\n');
    expect(await readId(after.id)).toContain('\ndate: 2026-11-01 01:30:00 -0800\n');
  });

  it("uses the machine's zone when the site sets none", async () => {
    process.env.TZ = 'Pacific/Kiritimati';
    const east = await createPost(jekyll, 'East', now);
    expect(east.id).toBe('_posts/2026-11-24-east.md');
    expect(await readId(east.id)).toContain('\ndate: 2026-11-24 13:30:15 +1400\n');
    process.env.TZ = 'America/Los_Angeles';
    const west = await createPost(jekyll, 'West', now);
    expect(west.id).toBe('_posts/2026-11-23-west.md');
    expect(await readId(west.id)).toContain('\ndate: 2026-11-23 15:30:15 -0800\n');
  });

  it('escapes quotes, backslashes and control characters so the title reads back exactly', async () => {
    const title = 'She said "hi" \\ then: #tags\tand\u0007bell';
    const { id } = await createPost(zoned('UTC'), title, now);
    const text = await readId(id);
    expect(text).toContain('title: "She said \\"hi\\" \\\\ then: #tags\\tand\\u0007bell"\n');
    const split = splitFrontMatter(text);
    expect(parseYaml(split.raw)).toMatchObject({ layout: 'post', title, tags: [] });
  });

  it('never overwrites: same titles get -2, -3 and an existing file is left alone', async () => {
    await fs.mkdir(path.join(site, '_posts'));
    await fs.writeFile(path.join(site, '_posts', '2026-11-23-keynote.md'), 'written by hand');
    const second = await createPost(zoned('UTC'), 'Keynote', now);
    const third = await createPost(zoned('UTC'), 'Keynote!', now);
    expect([second.id, third.id]).toEqual(['_posts/2026-11-23-keynote-2.md', '_posts/2026-11-23-keynote-3.md']);
    expect(await readId('_posts/2026-11-23-keynote.md')).toBe('written by hand');
  });

  it('gives every concurrent creation its own file', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, () => createPost(zoned('UTC'), 'Rush', now)));
    expect(new Set(ids.map(({ id }) => id)).size).toBe(6);
    expect((await fs.readdir(path.join(site, '_posts'))).length).toBe(6);
  });

  it('names an untitled post untitled', async () => {
    expect((await createPost(zoned('UTC'), '???', now)).id).toBe('_posts/2026-11-23-untitled.md');
  });

  it('refuses a profile with an unknown time zone without creating anything', async () => {
    await expect(createPost(zoned('Mars/Olympus'), 'x', now)).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(fs.access(path.join(site, '_posts'))).rejects.toThrow();
  });
});

describe('createPost: Hugo', () => {
  const hugo = (timezone: string | null, contentDir = 'content'): SiteProfile =>
    hugoProfile(site, 'Trip', { contentDir, sections: [], timezone });

  it('writes <contentDir>/posts/slug.md, undated, as a draft with an RFC 3339 date', async () => {
    const { id } = await createPost(hugo('America/Los_Angeles'), 're:Invent Day 1', now);
    expect(id).toBe('content/posts/re-invent-day-1.md');
    expect(await readId(id)).toBe(
      '---\ntitle: "re:Invent Day 1"\ndate: 2026-11-23T15:30:15-08:00\ndraft: true\n---\n\n',
    );
    expect(parseYaml(splitFrontMatter(await readId(id)).raw)).toEqual({
      title: 're:Invent Day 1',
      date: '2026-11-23T15:30:15-08:00',
      draft: true,
    });
  });

  it("writes the offset with a colon in the site's zone, or the machine's", async () => {
    expect(await readId((await createPost(hugo('Asia/Kolkata'), 'Kolkata', now)).id)).toContain(
      '\ndate: 2026-11-24T05:00:15+05:30\n',
    );
    process.env.TZ = 'UTC';
    expect(await readId((await createPost(hugo(null), 'Greenwich', now)).id)).toContain(
      '\ndate: 2026-11-23T23:30:15+00:00\n',
    );
  });

  it('follows a moved content folder and never overwrites a post', async () => {
    await fs.mkdir(path.join(site, 'src', 'posts'), { recursive: true });
    await fs.writeFile(path.join(site, 'src', 'posts', 'keynote.md'), 'written by hand');
    const { id } = await createPost(hugo('UTC', 'src'), 'Keynote', now);
    expect(id).toBe('src/posts/keynote-2.md');
    expect(await readId('src/posts/keynote.md')).toBe('written by hand');
  });
});

describe('createPost: plain sites', () => {
  it('writes posts/slug.md with title and date only, creating the folder', async () => {
    process.env.TZ = 'UTC';
    const profile = plainProfile(site, 'notes', { markdownFolders: [], hasPostsFolder: true });
    const { id } = await createPost(profile, 'Café notes', now);
    expect(id).toBe('posts/cafe-notes.md');
    expect(await readId(id)).toBe('---\ntitle: "Café notes"\ndate: 2026-11-23 23:30:15 +0000\n---\n\n');
  });

  it('writes at the root when the new-post folder is the root', async () => {
    const profile = plainProfile(site, 'notes', { markdownFolders: ['.'], hasPostsFolder: false });
    const first = await createPost(profile, 'Notes', now);
    const second = await createPost(profile, 'Notes', now);
    expect([first.id, second.id]).toEqual(['notes.md', 'notes-2.md']);
  });

  it('refuses a profile whose new-post folder escapes the site', async () => {
    const profile = {
      ...plainProfile(site, 'notes', { markdownFolders: [], hasPostsFolder: false }),
      newPostFolder: '../x',
    };
    await expect(createPost(profile, 'Escape', now)).rejects.toMatchObject({ code: 'outside-site' });
  });
});

describe('createPost: Astro', () => {
  const astro = (): SiteProfile => ({
    ...astroProfile(site, 'Trip', { folders: ['blog'], collections: ['blog'] }),
    timezone: 'Asia/Tokyo',
  });
  const writeBlogPost = async (name: string, text: string) => {
    await fs.mkdir(path.join(site, 'src', 'content', 'blog'), { recursive: true });
    await fs.writeFile(path.join(site, 'src', 'content', 'blog', name), text);
  };

  it('writes src/content/blog/slug.md with title and an RFC 3339 pubDate that YAML reads as a date', async () => {
    const { id } = await createPost(astro(), 'Day 1: Shibuya', now);
    expect(id).toBe('src/content/blog/day-1-shibuya.md');
    const text = await readId(id);
    expect(text).toBe('---\ntitle: "Day 1: Shibuya"\npubDate: 2026-11-24T08:30:15+09:00\n---\n\n');
    const data = parseYaml(splitFrontMatter(text).raw, { schema: 'yaml-1.1' }) as Record<string, unknown>;
    expect(data.pubDate).toBeInstanceOf(Date);
    expect((data.pubDate as Date).toISOString()).toBe(now.toISOString());
  });

  it('uses date when the collection’s posts do, and adds an empty description when they have one', async () => {
    await writeBlogPost('old.md', '---\ntitle: Old\ndescription: Before\ndate: 2025-01-01\n---\nText\n');
    await writeBlogPost('notes.txt', 'pubDate: ignored, not a post');
    const { id } = await createPost(astro(), 'New', now);
    expect(await readId(id)).toBe('---\ntitle: "New"\ndescription: ""\ndate: 2026-11-24T08:30:15+09:00\n---\n\n');
  });

  it('keeps pubDate when the posts use it, even beside a date key', async () => {
    await writeBlogPost('old.mdx', '---\ntitle: Old\npubDate: 2025-01-01\ndate: 2025-01-01\n---\n');
    expect(await readId((await createPost(astro(), 'New', now)).id)).toContain(
      '\npubDate: 2026-11-24T08:30:15+09:00\n',
    );
  });
});

describe('createPost: Eleventy', () => {
  it('writes <input>/posts/slug.md with title and an RFC 3339 date', async () => {
    process.env.TZ = 'UTC';
    const profile = eleventyProfile(site, 'Blog', {
      input: 'src',
      postSections: [],
      markdownFolders: [],
      imageFolder: null,
    });
    const { id } = await createPost(profile, 'Opening night', now);
    expect(id).toBe('src/posts/opening-night.md');
    expect(await readId(id)).toBe('---\ntitle: "Opening night"\ndate: 2026-11-23T23:30:15+00:00\n---\n\n');
  });
});

describe('createPost: named as the site’s posts are', () => {
  const hugo = (postNaming?: SiteProfile['postNaming']): SiteProfile => ({
    ...hugoProfile(site, 'Trip', { contentDir: 'content', sections: ['posts'], timezone: 'UTC' }),
    ...(postNaming === undefined ? {} : { postNaming }),
  });

  it('writes a page bundle, slug/index.md, where the posts are bundles, never into a folder already there', async () => {
    await fs.mkdir(path.join(site, 'content', 'posts', 'road-trip'), { recursive: true });
    await fs.writeFile(path.join(site, 'content', 'posts', 'road-trip', 'photo.jpg'), 'jpeg');
    const { id } = await createPost(hugo('bundle'), 'Road trip', now);
    expect(id).toBe('content/posts/road-trip-2/index.md');
    expect(await readId(id)).toBe('---\ntitle: "Road trip"\ndate: 2026-11-23T23:30:15+00:00\ndraft: true\n---\n\n');
    expect(await fs.readdir(path.join(site, 'content', 'posts', 'road-trip'))).toEqual(['photo.jpg']);
  });

  it('dates the name where the posts are dated, in the site’s zone', async () => {
    const tokyo = { ...hugo('dated'), timezone: 'Asia/Tokyo' };
    expect((await createPost(tokyo, 'Day 2', now)).id).toBe('content/posts/2026-11-24-day-2.md');
  });

  it('names a post by its slug by default, and a Jekyll post by its date whatever it is told', async () => {
    expect((await createPost(hugo(), 'Day 2', now)).id).toBe('content/posts/day-2.md');
    expect((await createPost(hugo('slug'), 'Day 3', now)).id).toBe('content/posts/day-3.md');
    const told = { ...zoned('UTC'), postNaming: 'bundle' as const };
    expect((await createPost(told, 'Day 2', now)).id).toBe('_posts/2026-11-23-day-2.md');
  });
});

describe('createPost: content', () => {
  it("writes the kind's lines rewritten by the hook, then the body under a blank line", async () => {
    const seen: string[][] = [];
    const { id } = await createPost(zoned('UTC'), 'Day 2', now, {
      frontMatter: (lines) => {
        seen.push(lines);
        return [...lines.filter((line) => line !== 'tags: []'), 'tags: ["devconf"]', 'event: "devconf-2026"'];
      },
      body: '## Keynote\n\nNotes.\n',
    });
    expect(seen).toEqual([['layout: post', 'title: "Day 2"', 'date: 2026-11-23 23:30:15 +0000', 'tags: []']]);
    expect(await readId(id)).toBe(
      '---\nlayout: post\ntitle: "Day 2"\ndate: 2026-11-23 23:30:15 +0000\ntags: ["devconf"]\nevent: "devconf-2026"\n---\n\n## Keynote\n\nNotes.\n',
    );
  });

  it('writes the same body into a page bundle, and only the kind’s lines when given a body alone', async () => {
    const hugo = hugoProfile(site, 'Trip', { contentDir: 'content', sections: [], timezone: 'UTC' });
    const { id } = await createPost({ ...hugo, postNaming: 'bundle' }, 'Day 1', now, { body: 'Hello\n' });
    expect(id).toBe('content/posts/day-1/index.md');
    expect(await readId(id)).toBe('---\ntitle: "Day 1"\ndate: 2026-11-23T23:30:15+00:00\ndraft: true\n---\n\nHello\n');
  });
});
