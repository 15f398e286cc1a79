import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostIndex } from '../../../../src/posts/node/post-index';
import { jekyllProfile, plainProfile, type SiteProfile } from '../../../../src/site/site-profile';

let temp: string;
let site: string;
let cacheFile: string;
let profile: SiteProfile;

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-index-'));
  site = path.join(temp, 'site');
  cacheFile = path.join(temp, 'user-data', 'index-cache', 'site.json');
  await fs.mkdir(path.join(site, '_posts'), { recursive: true });
  await fs.mkdir(path.join(site, '_drafts'), { recursive: true });
  profile = jekyllProfile(site, 'Site', {});
});

afterEach(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

async function write(id: string, content: string | Buffer): Promise<void> {
  const file = path.join(site, ...id.split('/'));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, content);
}

const fm = (fields: string, body = 'Body\n') => `---\n${fields}\n---\n${body}`;

async function loaded(options: { profile?: SiteProfile } = {}): Promise<PostIndex> {
  const index = new PostIndex(options.profile ?? profile, cacheFile);
  await index.load();
  return index;
}

describe('PostIndex.load and list', () => {
  it('lists posts newest first by date, then by id, with undated posts last', async () => {
    await write('_posts/2026-06-16-a.md', fm('title: A\ndate: 2026-06-16 09:00:00 +0100'));
    await write('_posts/2026-06-18-c.md', fm('title: C'));
    await write('_posts/2026-06-17-b.markdown', fm('title: B\ndate: 2026-06-17'));
    await write('_posts/2026-06-17-z.mdx', fm('title: Z\ndate: 2026-06-17'));
    await write('_posts/undated.md', fm('title: U'));
    const index = await loaded();
    expect(index.list().map((post) => post.id)).toEqual([
      '_posts/2026-06-18-c.md',
      '_posts/2026-06-17-z.mdx',
      '_posts/2026-06-17-b.markdown',
      '_posts/2026-06-16-a.md',
      '_posts/undated.md',
    ]);
    expect(index.get('_posts/2026-06-18-c.md')).toEqual({
      id: '_posts/2026-06-18-c.md',
      title: 'C',
      date: '2026-06-18',
      tags: [],
      draft: false,
      event: null,
      readable: true,
      problem: null,
    });
  });

  it("keeps the event a post names, so an event's posts can be found", async () => {
    await write('_posts/2026-01-07-day-2.md', fm('title: DevConf Day 2\nevent: devconf-2026'));
    await write('_posts/2026-01-08-blank.md', fm('title: Blank\nevent: " "'));
    const index = await loaded();
    expect(index.get('_posts/2026-01-07-day-2.md')?.event).toBe('devconf-2026');
    expect(index.get('_posts/2026-01-08-blank.md')?.event).toBeNull();
  });

  it('descends into subfolders but skips dot-entries, node_modules, _site and other files', async () => {
    await write('_posts/2026/2026-01-01-nested.md', fm('title: Nested'));
    await write('_posts/.hidden.md', fm('title: Hidden'));
    await write('_posts/.git/x.md', fm('title: Git'));
    await write('_posts/node_modules/pkg/readme.md', fm('title: Dependency'));
    await write('_posts/_site/2026-01-01-built.md', fm('title: Built'));
    await write('_posts/notes.txt', 'not a post');
    await write('about.md', fm('title: Not in a post folder'));
    expect((await loaded()).list().map((post) => post.title)).toEqual(['Nested']);
  });

  it('marks drafts by folder and by front matter', async () => {
    await write('_drafts/idea.md', fm('title: Idea'));
    await write('_posts/2026-01-01-hidden.md', fm('title: Hidden\npublished: false'));
    await write('_posts/2026-01-02-live.md', fm('title: Live'));
    const drafts = Object.fromEntries((await loaded()).list().map((post) => [post.title, post.draft]));
    expect(drafts).toEqual({ Idea: true, Hidden: true, Live: false });
  });

  it('lists binary and non-UTF-8 files as unreadable, named after the file', async () => {
    await write('_posts/2026-01-01-photo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    await write('_posts/2026-01-02-latin1.md', Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1'));
    const index = await loaded();
    expect(index.get('_posts/2026-01-01-photo.md')).toMatchObject({
      title: 'photo',
      date: '2026-01-01',
      readable: false,
      problem: expect.stringMatching(/binary/) as unknown,
    });
    expect(index.get('_posts/2026-01-02-latin1.md')).toMatchObject({
      readable: false,
      problem: expect.stringMatching(/not UTF-8/) as unknown,
    });
  });

  it('lists a post whose bad byte lies past the first 16 KB as unreadable', async () => {
    const body = Buffer.from(`---\ntitle: Long\n---\n${'All fine here. '.repeat(2000)}\n`);
    await write('_posts/2026-01-03-late.md', Buffer.concat([body, Buffer.from('caf\xe9\n', 'latin1')]));
    expect(body.length).toBeGreaterThan(16 * 1024);
    expect((await loaded()).get('_posts/2026-01-03-late.md')).toMatchObject({
      readable: false,
      problem: expect.stringMatching(/not UTF-8/) as unknown,
    });
  });

  it('keeps a multi-byte character cut at the 16 KB boundary from looking like bad UTF-8', async () => {
    const padding = 'x'.repeat(16 * 1024 - 'title: T\n'.length - 5);
    await write('_posts/2026-01-01-edge.md', `---\ntitle: T\n---\n${padding}ééééé\n`);
    expect((await loaded()).get('_posts/2026-01-01-edge.md')).toMatchObject({ readable: true, title: 'T' });
  });

  it('reads past the first 16 KB when the front matter is longer', async () => {
    const longField = `description: "${'word '.repeat(8000)}"`;
    await write('_posts/2026-01-01-long.md', fm(`${longField}\ntitle: Found at the end`));
    expect((await loaded()).get('_posts/2026-01-01-long.md')?.title).toBe('Found at the end');
  });

  it('describes a front matter error as the row’s problem, with its line', async () => {
    await write('_posts/2026-01-01-broken.md', '---\ntitle: Broken\ntags: [a\nx: y\n---\n');
    const post = (await loaded()).get('_posts/2026-01-01-broken.md');
    expect(post).toMatchObject({ title: 'Broken', readable: true });
    expect(post?.problem).toMatch(/^The front matter has a problem on line \d+: /);
  });

  it('lists a symlinked post only when it leads to a file inside the site', async () => {
    const outside = path.join(temp, 'outside.md');
    await fs.writeFile(outside, fm('title: SECRET'));
    await write('_drafts/original.md', fm('title: Original'));
    await fs.symlink(outside, path.join(site, '_posts', '2026-01-01-out.md'));
    await fs.symlink(path.join(site, '_drafts', 'original.md'), path.join(site, '_posts', '2026-01-02-in.md'));
    await fs.symlink(temp, path.join(site, '_posts', 'loop'));
    const list = (await loaded()).list();
    expect(list.map((post) => post.id).sort()).toEqual(['_drafts/original.md', '_posts/2026-01-02-in.md']);
    expect(JSON.stringify(list)).not.toContain('SECRET');
  });

  it('indexes a plain site whose posts folder is the root', async () => {
    const plain = path.join(temp, 'plain');
    await fs.mkdir(path.join(plain, 'notes'), { recursive: true });
    await fs.writeFile(path.join(plain, 'first.md'), '# First\n');
    await fs.writeFile(path.join(plain, 'notes', 'second.md'), '# Second\n');
    const index = await loaded({
      profile: plainProfile(plain, 'plain', { markdownFolders: ['.', 'notes'], hasPostsFolder: false }),
    });
    expect(
      index
        .list()
        .map((post) => post.id)
        .sort(),
    ).toEqual(['first.md', 'notes/second.md']);
  });
});

describe('PostIndex and symbolic links', () => {
  it('never reads a post folder that is a link out of the site, on load or on refresh', async () => {
    const outside = path.join(temp, 'outside');
    await fs.mkdir(outside);
    await fs.writeFile(path.join(outside, 'secret.md'), fm('title: SECRET OUTSIDE'));
    await write('_posts/2026-11-23-day-1.md', fm('title: Day 1'));
    await fs.rm(path.join(site, '_drafts'), { recursive: true });
    await fs.symlink(outside, path.join(site, '_drafts'));

    const index = await loaded();
    expect(index.list().map((post) => post.id)).toEqual(['_posts/2026-11-23-day-1.md']);
    expect(await index.refresh(['_drafts/secret.md'])).toEqual([]);
    expect(index.get('_drafts/secret.md')).toBeUndefined();
  });
});

describe('PostIndex.observations', () => {
  it('gives each readable post’s fields, newest first, and keeps them out of the summaries', async () => {
    await write('_posts/2026-01-02-b.md', fm('title: B\ntags: [x, y]\nfeatured: true'));
    await write('_posts/2026-01-01-a.md', '+++\ntitle = "A"\ndate = 2026-01-01\n+++\n');
    await write('_posts/2026-01-03-broken.md', fm('title: A\ntitle: B'));
    await write('_posts/2026-01-04-binary.md', Buffer.from([0x00, 0x01]));
    await write('_drafts/no-front-matter.md', '# Just text\n');
    const index = await loaded();
    expect(index.observations()).toEqual([
      [],
      [
        { key: 'title', kind: 'string', values: ['B'] },
        { key: 'tags', kind: 'list', values: ['x', 'y'] },
        { key: 'featured', kind: 'boolean', values: [] },
      ],
      [
        { key: 'title', kind: 'string', values: ['A'] },
        { key: 'date', kind: 'date', values: ['2026-01-01'] },
      ],
      [],
    ]);
    expect(Object.keys(index.get('_posts/2026-01-02-b.md') ?? {})).not.toContain('fields');
  });

  it('follows a refresh', async () => {
    await write('_posts/2026-01-01-a.md', fm('title: A'));
    const index = await loaded();
    await write('_posts/2026-01-01-a.md', fm('title: A\nlayout: post'));
    await index.refresh(['_posts/2026-01-01-a.md']);
    expect(index.observations()).toEqual([
      [
        { key: 'title', kind: 'string', values: ['A'] },
        { key: 'layout', kind: 'string', values: ['post'] },
      ],
    ]);
  });
});

describe('PostIndex.refresh', () => {
  it('answers the ids added, changed and removed, and nothing for untouched files', async () => {
    await write('_posts/2026-01-01-a.md', fm('title: A'));
    await write('_posts/2026-01-02-b.md', fm('title: B'));
    const index = await loaded();
    expect(await index.refresh(['_posts/2026-01-01-a.md'])).toEqual([]);

    await write('_posts/2026-01-03-c.md', fm('title: C'));
    await write('_posts/2026-01-01-a.md', fm('title: A, renamed in front matter'));
    await fs.rm(path.join(site, '_posts', '2026-01-02-b.md'));
    const changed = await index.refresh(['_posts/2026-01-01-a.md', '_posts/2026-01-02-b.md', '_posts/2026-01-03-c.md']);
    expect(changed).toEqual(['_posts/2026-01-01-a.md', '_posts/2026-01-02-b.md', '_posts/2026-01-03-c.md']);
    expect(index.list().map((post) => post.title)).toEqual(['C', 'A, renamed in front matter']);
  });

  it('expands a folder path: a folder moved in is scanned, a folder removed drops its posts', async () => {
    const index = await loaded();
    await write('_posts/2026/2026-01-01-x.md', fm('title: X'));
    await write('_posts/2026/deeper/2026-01-02-y.md', fm('title: Y'));
    expect(await index.refresh(['_posts/2026'])).toEqual([
      '_posts/2026/2026-01-01-x.md',
      '_posts/2026/deeper/2026-01-02-y.md',
    ]);
    await fs.rm(path.join(site, '_posts', '2026'), { recursive: true });
    expect(await index.refresh(['_posts/2026'])).toEqual([
      '_posts/2026/2026-01-01-x.md',
      '_posts/2026/deeper/2026-01-02-y.md',
    ]);
    expect(index.list()).toEqual([]);
  });

  it('ignores paths that are not posts or leave the site', async () => {
    const index = await loaded();
    await write('_config.yml', 'title: x\n');
    await write('_posts/.2026-01-01-a.md.lanyard-123.tmp', 'temp');
    expect(
      await index.refresh(['_config.yml', '_posts/.2026-01-01-a.md.lanyard-123.tmp', '../outside.md', '/etc/passwd']),
    ).toEqual([]);
  });
});

describe('PostIndex at scale', () => {
  it('indexes 10,000 posts, and reopens them from the cache with stats only', async () => {
    const count = 10_000;
    const body = `${'Lorem ipsum dolor sit amet. '.repeat(40)}\n`;
    const ids = Array.from({ length: count }, (_, n) => `_posts/2020-01-01-post-${n}.md`);
    for (let start = 0; start < count; start += 500) {
      await Promise.all(
        ids.slice(start, start + 500).map((id, n) => write(id, fm(`title: Post ${start + n}\ntags: [a, b]`, body))),
      );
    }
    let began = performance.now();
    const cold = await loaded();
    const coldMs = performance.now() - began;
    await cold.saveCache();
    began = performance.now();
    const warm = await loaded();
    const warmMs = performance.now() - began;
    expect(warm.list()).toHaveLength(count);
    expect(warm.list()).toEqual(cold.list());
    console.log(`10,000 posts: cold ${Math.round(coldMs)} ms, warm ${Math.round(warmMs)} ms`);
    // Loose bounds: this runs beside other tests; the warm path must stay far cheaper than the cold one.
    expect(coldMs).toBeLessThan(30_000);
    expect(warmMs).toBeLessThan(Math.max(3_000, coldMs / 2));
  }, 60_000);
});
