import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostIndex } from '../../../../src/posts/node/post-index';
import { readIndexCache, writeIndexCache, type IndexCacheEntry } from '../../../../src/posts/node/post-index-cache';
import { jekyllProfile, type SiteProfile } from '../../../../src/site/site-profile';

let temp: string;
let site: string;
let cacheFile: string;
let profile: SiteProfile;

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  site = path.join(temp, 'site');
  cacheFile = path.join(temp, 'user-data', 'index-cache', 'site.json');
  await fs.mkdir(path.join(site, '_posts'), { recursive: true });
  profile = jekyllProfile(site, 'Site', {});
});

afterEach(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

const postId = '_posts/2026-01-01-a.md';
const postFile = () => path.join(site, '_posts', '2026-01-01-a.md');
const fm = (fields: string) => `---\n${fields}\n---\nBody\n`;
const past = new Date('2024-01-01T00:00:00Z');

/** Writes the post with a fixed time, so same-size rewrites look unchanged to the index. */
async function writePost(content: string): Promise<void> {
  await fs.writeFile(postFile(), content);
  await fs.utimes(postFile(), past, past);
}

async function loaded(): Promise<PostIndex> {
  const index = new PostIndex(profile, cacheFile);
  await index.load();
  return index;
}

function entry(overrides: Partial<IndexCacheEntry> = {}): IndexCacheEntry {
  return {
    mtimeMs: 1,
    size: 2,
    summary: {
      id: postId,
      title: 'T',
      date: null,
      tags: [],
      draft: false,
      event: null,
      readable: true,
      problem: null,
    },
    fields: [{ key: 'title', kind: 'string', values: ['T'] }],
    ...overrides,
  };
}

describe('readIndexCache and writeIndexCache', () => {
  it('round-trips entries with their field observations', async () => {
    const entries = new Map([[postId, entry()]]);
    await writeIndexCache(cacheFile, profile, entries);
    expect(await readIndexCache(cacheFile, profile)).toEqual(entries);
  });

  it('drops entries whose observations have the wrong shape, keeping the others', async () => {
    const good = entry({ summary: { ...entry().summary, id: '_posts/good.md' } });
    const bad = (id: string, fields: unknown) =>
      [id, { ...entry({ summary: { ...entry().summary, id } }), fields } as IndexCacheEntry] as const;
    await writeIndexCache(
      cacheFile,
      profile,
      new Map([
        ['_posts/good.md', good],
        bad('_posts/missing.md', undefined),
        bad('_posts/kind.md', [{ key: 'a', kind: 'date-ish', values: [] }]),
        bad('_posts/inherited-kind.md', [{ key: 'a', kind: 'toString', values: [] }]),
        bad('_posts/values.md', [{ key: 'a', kind: 'list', values: [1] }]),
        bad('_posts/key.md', [{ kind: 'list', values: [] }]),
      ]),
    );
    expect([...(await readIndexCache(cacheFile, profile)).keys()]).toEqual(['_posts/good.md']);
  });

  it('reads a cache of another format, another site or other draft folders as empty', async () => {
    await writeIndexCache(cacheFile, { ...profile, root: '/elsewhere' }, new Map([[postId, entry()]]));
    expect((await readIndexCache(cacheFile, profile)).size).toBe(0);
    await writeIndexCache(cacheFile, { ...profile, draftFolders: ['drafts'] }, new Map([[postId, entry()]]));
    expect((await readIndexCache(cacheFile, profile)).size).toBe(0);
    await writeIndexCache(cacheFile, profile, new Map([[postId, entry()]]));
    const shape = JSON.parse(await fs.readFile(cacheFile, 'utf8')) as { format: number };
    await fs.writeFile(cacheFile, JSON.stringify({ ...shape, format: shape.format - 1 }));
    expect((await readIndexCache(cacheFile, profile)).size).toBe(0);
  });
});

describe('PostIndex with its cache', () => {
  it('trusts cached summaries and observations while time and size match, and re-reads when they do not', async () => {
    await writePost(fm('title: Aaaa'));
    await (await loaded()).saveCache();
    // Same size, same time: only a stat is made, so the cached title and fields must still show.
    await writePost(fm('layout: aaa'));
    const warm = await loaded();
    expect(warm.get(postId)?.title).toBe('Aaaa');
    expect(warm.observations()).toEqual([[{ key: 'title', kind: 'string', values: ['Aaaa'] }]]);
    await writePost(fm('layout: longer'));
    expect((await loaded()).observations()).toEqual([[{ key: 'layout', kind: 'string', values: ['longer'] }]]);
  });

  it('rebuilds from the files when the cache is corrupt', async () => {
    await writePost(fm('title: Real'));
    await fs.mkdir(path.dirname(cacheFile), { recursive: true });
    await fs.writeFile(cacheFile, '{"format": 2, "entries": {"_posts/2026-01-01-a.md": ');
    const index = await loaded();
    expect(index.get(postId)?.title).toBe('Real');
    expect(index.observations()).toEqual([[{ key: 'title', kind: 'string', values: ['Real'] }]]);
    await index.saveCache();
    expect((await readIndexCache(cacheFile, profile)).get(postId)?.fields).toEqual(index.observations()[0]);
  });

  it('rebuilds from the files when the cache was written by the previous format, without observations', async () => {
    await writePost(fm('title: Real'));
    const stats = await fs.stat(postFile());
    const stale = {
      ...entry(),
      mtimeMs: stats.mtimeMs,
      size: stats.size,
      summary: { ...entry().summary, title: 'Stale' },
    };
    const { fields: _, ...withoutFields } = stale;
    await fs.mkdir(path.dirname(cacheFile), { recursive: true });
    await fs.writeFile(
      cacheFile,
      JSON.stringify({
        format: 1,
        root: site,
        draftFolders: profile.draftFolders,
        entries: { [postId]: withoutFields },
      }),
    );
    const index = await loaded();
    expect(index.get(postId)?.title).toBe('Real');
    expect(index.observations()).toEqual([[{ key: 'title', kind: 'string', values: ['Real'] }]]);
  });

  it('rebuilds from the files when the cache was written before posts had their event', async () => {
    await writePost(fm('title: Day 2\nevent: devconf-2026'));
    const stats = await fs.stat(postFile());
    const { event: _, ...withoutEvent } = entry().summary;
    await fs.mkdir(path.dirname(cacheFile), { recursive: true });
    await fs.writeFile(
      cacheFile,
      JSON.stringify({
        format: 3,
        root: site,
        draftFolders: profile.draftFolders,
        entries: { [postId]: { ...entry(), mtimeMs: stats.mtimeMs, size: stats.size, summary: withoutEvent } },
      }),
    );
    expect((await loaded()).get(postId)).toMatchObject({ title: 'Day 2', event: 'devconf-2026' });
  });

  it('writes the cache only when something changed', async () => {
    await writePost(fm('title: A'));
    await (await loaded()).saveCache();
    const written = (await fs.stat(cacheFile)).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await (await loaded()).saveCache();
    expect((await fs.stat(cacheFile)).mtimeMs).toBe(written);
  });
});

describe('PostIndex listing from the cache first', () => {
  const otherId = '_posts/2026-01-02-b.md';

  it('lists the cached summaries at once, then verify reports what changed on disk meanwhile', async () => {
    await writePost(fm('title: Before'));
    await fs.writeFile(path.join(site, '_posts', '2026-01-02-b.md'), fm('title: Removed later'));
    await (await loaded()).saveCache();
    await writePost(fm('title: After, and longer'));
    await fs.rm(path.join(site, '_posts', '2026-01-02-b.md'));
    await fs.writeFile(path.join(site, '_posts', '2026-01-03-c.md'), fm('title: Added'));

    const index = new PostIndex(profile, cacheFile);
    expect(await index.loadCachedFirst()).toBe(true);
    expect(index.list().map((post) => post.title)).toEqual(['Removed later', 'Before']);
    expect(await index.verify()).toEqual([postId, otherId, '_posts/2026-01-03-c.md'].sort());
    expect(index.list().map((post) => post.title)).toEqual(['Added', 'After, and longer']);
    expect(await index.verify()).toEqual([]);
  });

  it('scans the files when there is no cache, and says the list did not come from one', async () => {
    await writePost(fm('title: Only'));
    const index = new PostIndex(profile, cacheFile);
    expect(await index.loadCachedFirst()).toBe(false);
    expect(index.list().map((post) => post.title)).toEqual(['Only']);
  });
});
