import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexCacheFile } from '../../../src/app/node/open-site';
import { bigSitePost, writeBigSite, type BigSite } from '../../../bench/fixtures/big-site';
import { openAndList } from '../../../bench/lanyard-open';
import { measureOpenSiteFootprint } from '../../../bench/open-site-memory';

/** A small run of what `bench/open-site.bench.ts` does, so the suite cannot rot unnoticed. */
const posts = 60;
const seed = 5;
const generated = Array.from({ length: posts }, (_, index) => bigSitePost(seed, index));
const titles = generated.map((post) => post.title).sort();
const draftTitles = generated.filter((post) => post.draft).map((post) => post.title);

let temp: string;
let site: BigSite;

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-bench-smoke-'));
  site = await writeBigSite(path.join(temp, 'site'), posts, seed);
});

afterEach(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

describe('opening the generated site as the bench does', () => {
  it('lists every generated post by its title, cold and then warm from the cache', async () => {
    const userData = path.join(temp, 'user-data');
    const cold = await openAndList(site.jekyll, userData);
    await cold.core.dispose();
    await expect(fs.stat(indexCacheFile(userData, site.jekyll))).resolves.toBeTruthy();
    expect(cold.posts.map((post) => post.title).sort()).toEqual(titles);
    expect(cold.posts.every((post) => post.readable && post.problem === null)).toBe(true);
    expect(draftTitles).not.toHaveLength(0);
    expect(cold.posts.filter((post) => post.draft).map((post) => post.title)).toEqual(draftTitles);

    const warm = await openAndList(site.jekyll, userData);
    await warm.core.dispose();
    expect(warm.posts).toEqual(cold.posts);
  });

  it('lists the Hugo layout of the same posts too', async () => {
    const opened = await openAndList(site.hugo, path.join(temp, 'user-data'));
    await opened.core.dispose();
    expect(opened.posts.map((post) => post.title).sort()).toEqual(titles);
    expect(opened.posts.filter((post) => post.draft).map((post) => post.title)).toEqual(draftTitles);
  });

  it('measures the open site: its heap, its directory watches and its cache file', async () => {
    const footprint = await measureOpenSiteFootprint(site.jekyll, path.join(temp, 'user-data'));
    expect(footprint.posts).toBe(posts);
    expect(footprint.indexCacheBytes).toBeGreaterThan(0);
    expect(Number.isFinite(footprint.indexHeapBytes)).toBe(true);
    if (process.platform === 'linux') {
      // _posts, the site folder above it and the site's parent: folders, never files.
      expect(footprint.directoryWatches).toBeGreaterThan(0);
      expect(footprint.directoryWatches).toBeLessThan(10);
    }
  });
});
