import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLanyardCore, type LanyardCore } from '../../../../src/app/node/lanyard-core';
import { maxRecentSites, RecentSites } from '../../../../src/app/node/recent-sites';
import type { RecentSite } from '../../../../src/site/recent-site';
import type { SiteInfo } from '../../../../src/site/site-info';
import { isolateGit } from '../../git/node/git-env';
import { callChannel, memorySettings, testHost, type TestHost } from './test-host';

const sampleSource = path.resolve(import.meta.dirname, '../../../../resources/sample-blog');

let temp: string;
let host: TestHost;
let core: LanyardCore;
let restoreGit: () => void;

/** A small Jekyll site titled `title` in `<temp>/<folder>`. */
async function jekyllSite(folder: string, title: string): Promise<string> {
  const root = path.join(temp, folder);
  await fs.mkdir(path.join(root, '_posts'), { recursive: true });
  await fs.writeFile(path.join(root, '_config.yml'), `title: ${title}\n`);
  await fs.writeFile(path.join(root, '_posts', '2026-06-16-day-1.md'), '---\ntitle: Day 1\n---\nBody\n');
  return root;
}

function announced(): RecentSite[][] {
  return host.events
    .filter((event) => event.name === 'site.recentChanged')
    .map((event) => (event.payload as { sites: RecentSite[] }).sites);
}

async function failure(channel: string, arg?: unknown): Promise<{ code: string; message: string }> {
  const answer = await core.dispatcher.invoke(channel, arg);
  if (answer.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return answer.error;
}

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-recent-'));
  ({ restore: restoreGit } = await isolateGit(temp));
  host = testHost(path.join(temp, 'user-data'));
  core = createLanyardCore(host, { sampleSource });
});

afterEach(async () => {
  await core.dispose();
  restoreGit();
  expect(host.errors).toEqual([]);
  await fs.rm(temp, { recursive: true, force: true });
});

describe('recent sites', () => {
  it('lists the sites opened, latest first, with their names, and announces every change', async () => {
    const harbour = await jekyllSite('harbour', 'Harbour Days');
    const summit = await jekyllSite('summit', 'Summit Notes');
    await core.openSite(harbour);
    await core.openSite(summit);
    const expected = [
      { root: summit, name: 'Summit Notes', exists: true },
      { root: harbour, name: 'Harbour Days', exists: true },
    ];
    expect(await callChannel(core, 'site.recent')).toEqual(expected);
    expect(announced().at(-1)).toEqual(expected);
    expect(host.settings.data.recentSites).toEqual([summit, harbour]);
  });

  it('names a site recorded in an earlier run from its config, and a missing one by its folder', async () => {
    const harbour = await jekyllSite('harbour', 'Harbour Days');
    const gone = path.join(temp, 'moved-away');
    host.settings.data.recentSites = [gone, harbour];
    expect(await callChannel(core, 'site.recent')).toEqual([
      { root: gone, name: 'moved-away', exists: false },
      { root: harbour, name: 'Harbour Days', exists: true },
    ]);
  });

  it('marks a site whose folder was deleted since it was opened as missing, keeping its name', async () => {
    const harbour = await jekyllSite('harbour', 'Harbour Days');
    await core.openSite(harbour);
    await core.closeSite();
    await fs.rm(harbour, { recursive: true });
    expect(await callChannel(core, 'site.recent')).toEqual([{ root: harbour, name: 'Harbour Days', exists: false }]);
    expect(await failure('site.openRecent', { root: harbour })).toMatchObject({ code: 'not-found' });
  });

  it('opens a recorded site by its folder', async () => {
    const harbour = await jekyllSite('harbour', 'Harbour Days');
    const summit = await jekyllSite('summit', 'Summit Notes');
    host.settings.data.recentSites = [summit, harbour];
    const opened = await callChannel<SiteInfo>(core, 'site.openRecent', { root: harbour });
    expect(opened).toMatchObject({ root: harbour, name: 'Harbour Days' });
    expect(await callChannel(core, 'site.current')).toMatchObject({ root: harbour });
    expect(host.settings.data.recentSites).toEqual([harbour, summit]);
  });

  it('refuses to open a folder that is not a recent site, even a real one, and keeps the open site', async () => {
    const harbour = await jekyllSite('harbour', 'Harbour Days');
    const stranger = await jekyllSite('stranger', 'Not Yours');
    await core.openSite(harbour);
    for (const root of [stranger, `${harbour}/`, `${harbour}/../harbour`, 'harbour']) {
      const refused = await failure('site.openRecent', { root });
      expect(refused.code).toBe('refused');
      expect(refused.message).toMatch(/not among your recent sites/);
    }
    expect(await callChannel(core, 'site.current')).toMatchObject({ root: harbour });
    expect(host.settings.data.recentSites).toEqual([harbour]);
  });

  it('refuses malformed arguments before any handler runs', async () => {
    for (const arg of [undefined, {}, { root: '' }, { root: 42 }, { root: '/x', extra: 1 }, { root: 'a\0b' }]) {
      expect(await failure('site.openRecent', arg)).toMatchObject({ code: 'invalid-argument' });
      expect(await failure('site.forgetRecent', arg)).toMatchObject({ code: 'invalid-argument' });
    }
    expect(await failure('site.recent', { root: '/x' })).toMatchObject({ code: 'invalid-argument' });
  });

  it('forgets a site without touching its folder; forgetting one not in the list changes nothing', async () => {
    const harbour = await jekyllSite('harbour', 'Harbour Days');
    const gone = path.join(temp, 'gone');
    host.settings.data.recentSites = [gone, harbour];
    const left = await callChannel<RecentSite[]>(core, 'site.forgetRecent', { root: gone });
    expect(left).toEqual([{ root: harbour, name: 'Harbour Days', exists: true }]);
    expect(announced()).toEqual([left]);
    expect(await callChannel(core, 'site.forgetRecent', { root: path.join(temp, 'never') })).toEqual(left);
    expect(announced()).toHaveLength(1);

    await callChannel(core, 'site.forgetRecent', { root: harbour });
    expect(host.settings.data.recentSites).toEqual([]);
    expect(await fs.readFile(path.join(harbour, '_config.yml'), 'utf8')).toBe('title: Harbour Days\n');
    expect(await failure('site.openRecent', { root: harbour })).toMatchObject({ code: 'refused' });
  });

  it('keeps at most the latest ten, each once', async () => {
    const roots: string[] = [];
    for (let n = 0; n < maxRecentSites + 2; n++) roots.push(await jekyllSite(`site-${n}`, `Site ${n}`));
    for (const root of roots) await core.openSite(root);
    await core.openSite(roots[5]!);
    const recorded = host.settings.data.recentSites;
    expect(recorded).toHaveLength(maxRecentSites);
    expect(recorded[0]).toBe(roots[5]);
    expect(new Set(recorded).size).toBe(maxRecentSites);
    expect(recorded).not.toContain(roots[0]);
    expect(recorded).not.toContain(roots[1]);
  });

  it('announces every change, the list as it stands last, even when changes overlap', async () => {
    const harbour = await jekyllSite('harbour', 'Harbour Days');
    const settings = memorySettings({ recentSites: [harbour] });
    const heard: RecentSite[][] = [];
    const errors: unknown[] = [];
    const recent = new RecentSites(
      settings,
      (sites) => heard.push(sites),
      (error) => errors.push(error),
    );
    const summit = await jekyllSite('summit', 'Summit Notes');
    await Promise.all([recent.remember(summit, 'Summit Notes'), recent.forget(harbour), recent.clear()]);
    expect(heard).toHaveLength(3);
    expect(heard.at(-1)).toEqual([]);
    await recent.remember(harbour, 'Harbour Days');
    expect(heard.at(-1)).toEqual([{ root: harbour, name: 'Harbour Days', exists: true }]);
    await recent.announceNow();
    expect(heard).toHaveLength(5);
    expect(heard.at(-1)).toEqual(heard.at(-2));
    expect(errors).toEqual([]);
  });

  it('opens the sample blog from user data, copying it once, and records it', async () => {
    const opened = await callChannel<SiteInfo>(core, 'site.openSample');
    const copy = path.join(host.userDataDir, 'sample-blog');
    expect(opened).toMatchObject({ root: copy, name: 'Lanyard Sample Blog' });
    await fs.writeFile(path.join(copy, 'mine.txt'), 'kept');
    await callChannel(core, 'site.openSample');
    expect(await fs.readFile(path.join(copy, 'mine.txt'), 'utf8')).toBe('kept');
    expect(await callChannel(core, 'site.recent')).toEqual([{ root: copy, name: 'Lanyard Sample Blog', exists: true }]);
  });

  it('says so when this Lanyard has no sample blog', async () => {
    const bare = createLanyardCore(testHost(path.join(temp, 'other-data')));
    try {
      const answer = await bare.dispatcher.invoke('site.openSample', undefined);
      expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
    } finally {
      await bare.dispose();
    }
  });

  it('closes the open site and says so; closing with none open does nothing', async () => {
    const harbour = await jekyllSite('harbour', 'Harbour Days');
    await core.openSite(harbour);
    await core.closeSite();
    await core.closeSite();
    expect(await callChannel(core, 'site.current')).toBeNull();
    expect(host.events.filter((event) => event.name === 'site.closed')).toEqual([
      { name: 'site.closed', payload: { root: harbour } },
    ]);
    expect(await failure('posts.list')).toMatchObject({ code: 'no-site' });
  });
});
