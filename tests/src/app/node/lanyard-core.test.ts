import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayloads } from '../../../../src/api/contract';
import type { Envelope } from '../../../../src/api/lanyard-error';
import { createLanyardCore, type LanyardCore } from '../../../../src/app/node/lanyard-core';
import { decodeRow } from '../../../../src/posts/node/index-cache-rows';
import { versionOf } from '../../../../src/posts/node/post-file';
import type { PostDocument, PostSummary, SaveOutcome, SessionState } from '../../../../src/posts/post-types';
import type { SiteInfo } from '../../../../src/site/site-info';
import { isolateGit } from '../../git/node/git-env';
import { testHost, type TestHost } from './test-host';

const sampleSource = path.resolve(import.meta.dirname, '../../../../resources/sample-blog');

let temp: string;
let site: string;
let host: TestHost;
let core: LanyardCore;

const fm = (fields: string, body = 'Body\n') => `---\n${fields}\n---\n${body}`;
const file = (id: string) => path.join(site, ...id.split('/'));

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-core-'));
  site = path.join(temp, 'blog');
  await fs.mkdir(path.join(site, '_posts'), { recursive: true });
  await fs.mkdir(path.join(site, 'assets', 'images'), { recursive: true });
  await fs.mkdir(path.join(site, '.git'));
  await fs.writeFile(path.join(site, '_config.yml'), 'title: Test Blog\n');
  await fs.writeFile(path.join(site, '.git', 'config'), '[core]\n\tbare = false\n');
  await fs.writeFile(path.join(site, 'assets', 'images', 'stage.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await fs.writeFile(
    file('_posts/2026-06-16-day-1.md'),
    fm('layout: post\ntitle: Day 1\ndate: 2026-06-16 09:00:00 +0100\ntags: [a]'),
  );
  await fs.writeFile(
    file('_posts/2026-06-17-day-2.md'),
    fm('layout: post\ntitle: Day 2\ndate: 2026-06-17 09:00:00 +0100'),
  );
  await fs.writeFile(path.join(temp, 'outside.md'), fm('title: OUTSIDE'));
  host = testHost(path.join(temp, 'user-data'));
  core = createLanyardCore(host);
});

afterEach(async () => {
  await core.dispose();
  expect(host.errors).toEqual([]);
  await fs.rm(temp, { recursive: true, force: true });
});

async function call<T>(channel: string, arg?: unknown): Promise<T> {
  const answer = await core.dispatcher.invoke(channel, arg);
  if (!answer.ok) throw new Error(`${channel} failed: ${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

async function failure(channel: string, arg?: unknown): Promise<{ code: string; message: string }> {
  const answer: Envelope<unknown> = await core.dispatcher.invoke(channel, arg);
  if (answer.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return answer.error;
}

function eventsNamed<E extends EventName>(name: E): Array<EventPayloads[E]> {
  return host.events.filter((event) => event.name === name).map((event) => event.payload as EventPayloads[E]);
}

async function eventually(condition: () => boolean, ms = 1000): Promise<void> {
  const began = Date.now();
  while (!condition()) {
    if (Date.now() - began > ms) throw new Error(`not within ${ms} ms; events: ${JSON.stringify(host.events)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('opening a site', () => {
  it('answers null and no-site until a site is open', async () => {
    expect(await call('site.current')).toBeNull();
    expect(await failure('posts.list')).toMatchObject({ code: 'no-site' });
  });

  it('opens a folder, tells the renderer, and remembers it first among at most ten recent sites', async () => {
    host.settings.data.recentSites = Array.from({ length: 10 }, (_, n) => `/old/${n}`).concat([]);
    host.settings.data.recentSites[4] = site;
    const info = await core.openSite(site);
    const expected: SiteInfo = {
      name: 'Test Blog',
      root: site,
      kind: 'jekyll',
      postFolders: ['_posts', '_drafts'],
      assetBaseUrl: 'lanyard-asset://site/',
      notice: null,
      timezone: null,
    };
    expect(info).toEqual(expected);
    expect(await call('site.current')).toEqual(expected);
    expect(eventsNamed('site.opened')).toEqual([expected]);
    expect(host.settings.data.recentSites).toHaveLength(10);
    expect(host.settings.data.recentSites[0]).toBe(site);
    expect(host.settings.data.recentSites.filter((recent) => recent === site)).toHaveLength(1);
  });

  it('opens what the folder dialog chooses, and nothing when it is cancelled', async () => {
    expect(await call('site.chooseFolder')).toBeNull();
    host.answers.folder = site;
    expect(await call<SiteInfo>('site.chooseFolder')).toMatchObject({ root: site, name: 'Test Blog' });
  });

  it('starts with the requested folder, else the first recent one that exists, else the sample or nothing', async () => {
    const { restore } = await isolateGit(temp);
    await core.dispose();
    core = createLanyardCore(host, { sampleSource });
    try {
      expect((await core.openInitialSite(path.relative(process.cwd(), site), 'welcome'))?.root).toBe(site);
      host.settings.data.recentSites = [path.join(temp, 'gone'), site];
      expect((await core.openInitialSite(null, 'welcome'))?.root).toBe(site);
      host.settings.data.recentSites = [path.join(temp, 'gone')];
      await core.closeSite();
      expect(await core.openInitialSite(null, 'welcome')).toBeNull();
      expect(await call('site.current')).toBeNull();
      expect(host.settings.data.recentSites).toEqual([path.join(temp, 'gone')]);
      host.settings.data.recentSites = [];
      const sample = await core.openInitialSite(null, 'sample');
      expect(sample).toMatchObject({ root: path.join(host.userDataDir, 'sample-blog'), name: 'Lanyard Sample Blog' });
      const titles = (await call<PostSummary[]>('posts.list')).map((post) => post.title);
      expect(titles).toHaveLength(3);
      expect(titles[0]).toMatch(/Day 3/);
    } finally {
      restore();
    }
  });
});

describe('posts', () => {
  beforeEach(async () => {
    await core.openSite(site);
  });

  it('lists posts newest first', async () => {
    const list = await call<PostSummary[]>('posts.list');
    expect(list.map((post) => [post.id, post.title])).toEqual([
      ['_posts/2026-06-17-day-2.md', 'Day 2'],
      ['_posts/2026-06-16-day-1.md', 'Day 1'],
    ]);
  });

  it('reads and saves a post, refusing to overwrite a change made on disk meanwhile', async () => {
    const id = '_posts/2026-06-16-day-1.md';
    const doc = await call<PostDocument>('posts.read', { id });
    expect(doc).toMatchObject({
      id,
      lineEnding: 'lf',
      readOnly: false,
      version: versionOf(await fs.readFile(file(id))),
    });

    const edited = doc.text.replace('Body', 'Edited body');
    const saved = await call<SaveOutcome>('posts.save', { id, text: edited, baseVersion: doc.version });
    expect(saved.status).toBe('saved');
    expect(await fs.readFile(file(id), 'utf8')).toBe(edited);

    await fs.writeFile(file(id), 'changed by someone else');
    const conflict = await call<SaveOutcome>('posts.save', { id, text: 'mine', baseVersion: doc.version });
    expect(conflict).toEqual({
      status: 'conflict',
      diskText: 'changed by someone else',
      diskVersion: versionOf(Buffer.from('changed by someone else')),
    });
    expect(await fs.readFile(file(id), 'utf8')).toBe('changed by someone else');
  });

  it('updates the list after a save that changes the title, without a changed-on-disk event', async () => {
    const id = '_posts/2026-06-17-day-2.md';
    const doc = await call<PostDocument>('posts.read', { id });
    host.events.length = 0;
    await call('posts.save', {
      id,
      text: doc.text.replace('title: Day 2', 'title: Day Two'),
      baseVersion: doc.version,
    });
    expect(eventsNamed('posts.changed')).toEqual([{ ids: [id] }]);
    expect((await call<PostSummary[]>('posts.list'))[0]?.title).toBe('Day Two');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(eventsNamed('post.changedOnDisk')).toEqual([]);
  });

  it('creates a post in _posts and answers its row', async () => {
    host.events.length = 0;
    const summary = await call<PostSummary>('posts.create', { title: 'Badge pickup at dawn' });
    expect(summary).toMatchObject({ title: 'Badge pickup at dawn', readable: true, draft: false, tags: [] });
    expect(summary.id).toMatch(/^_posts\/\d{4}-\d{2}-\d{2}-badge-pickup-at-dawn\.md$/);
    expect(await fs.readFile(file(summary.id), 'utf8')).toMatch(/^---\nlayout: post\ntitle: "Badge pickup at dawn"/);
    expect(eventsNamed('posts.changed')).toEqual([{ ids: [summary.id] }]);
    expect((await call<PostSummary[]>('posts.list')).map((post) => post.id)).toContain(summary.id);
  });

  it('reports changes made outside Lanyard within a second', async () => {
    host.events.length = 0;
    const id = '_posts/2026-06-16-day-1.md';
    await fs.writeFile(file(id), fm('title: Changed outside'));
    await eventually(() => eventsNamed('post.changedOnDisk').some((event) => event.id === id));
    expect(eventsNamed('posts.changed').flatMap((event) => event.ids)).toContain(id);
    expect(eventsNamed('post.changedOnDisk')).toContainEqual({ id, version: versionOf(await fs.readFile(file(id))) });

    await fs.rm(file(id));
    await eventually(() =>
      eventsNamed('post.changedOnDisk').some((event) => event.id === id && event.version === null),
    );
    expect((await call<PostSummary[]>('posts.list')).map((post) => post.id)).not.toContain(id);
  });

  it('says when the site folder vanishes', async () => {
    await fs.rename(site, path.join(temp, 'moved'));
    await eventually(() => eventsNamed('site.vanished').length === 1);
    expect(eventsNamed('site.vanished')).toEqual([{ root: site }]);
    await fs.rename(path.join(temp, 'moved'), site);
  });

  it('saves a copy elsewhere through the save dialog', async () => {
    expect(await call('posts.saveElsewhere', { text: 'kept', suggestedName: 'day-1.md' })).toBeNull();
    host.answers.savePath = path.join(temp, 'rescued.md');
    expect(await call('posts.saveElsewhere', { text: 'kept', suggestedName: 'day-1.md' })).toEqual({
      path: host.answers.savePath,
    });
    expect(await fs.readFile(host.answers.savePath, 'utf8')).toBe('kept');
  });
});

describe('boundaries', () => {
  beforeEach(async () => {
    await core.openSite(site);
  });

  it('refuses paths that leave the site with outside-site, and never reads them', async () => {
    for (const id of ['../outside.md', '_posts/../../outside.md', '/etc/passwd', '%2e%2e/outside.md']) {
      const error = await failure('posts.read', { id });
      expect(error.code, id).toBe('outside-site');
      expect(error.message).not.toContain('OUTSIDE');
    }
    expect(await failure('posts.save', { id: '../outside.md', text: 'x', baseVersion: null })).toMatchObject({
      code: 'outside-site',
    });
    expect(await fs.readFile(path.join(temp, 'outside.md'), 'utf8')).toContain('OUTSIDE');
  });

  it('refuses files inside the site that are not posts', async () => {
    for (const id of ['.git/config', '_config.yml', '_posts/./2026-06-16-day-1.md', 'index.md']) {
      expect((await failure('posts.read', { id })).code, id).toBe('refused');
    }
    const hook = { id: '.git/hooks/post-commit', text: '#!/bin/sh\n', baseVersion: null };
    expect(await failure('posts.save', hook)).toMatchObject({ code: 'refused' });
    await expect(fs.stat(path.join(site, '.git', 'hooks'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a post-shaped symlink whose target is not a post, and allows one that is', async () => {
    const config = path.join(site, '_config.yml');
    const before = await fs.readFile(config, 'utf8');
    await fs.symlink('../_config.yml', path.join(site, '_posts', '2026-06-20-config.md'));
    const id = '_posts/2026-06-20-config.md';
    expect((await failure('posts.read', { id })).code).toBe('refused');
    expect((await failure('posts.save', { id, text: 'title: owned\n', baseVersion: null })).code).toBe('refused');
    expect(await fs.readFile(config, 'utf8')).toBe(before);

    await fs.symlink('2026-06-16-day-1.md', path.join(site, '_posts', '2026-06-21-alias.md'));
    const alias = await call<{ text: string }>('posts.read', { id: '_posts/2026-06-21-alias.md' });
    expect(alias.text).toBe(await fs.readFile(path.join(site, '_posts', '2026-06-16-day-1.md'), 'utf8'));
  });

  it('refuses malformed arguments before any handler runs', async () => {
    expect(await failure('posts.read', { id: 42 })).toMatchObject({ code: 'invalid-argument' });
    expect(await failure('posts.read', { id: '_posts/a.md', path: '/etc/passwd' })).toMatchObject({
      code: 'invalid-argument',
    });
    expect(await failure('posts.create', { title: '   ' })).toMatchObject({ code: 'invalid-argument' });
    expect(await failure('posts.nuke', {})).toMatchObject({ code: 'unknown-channel' });
  });

  it('opens web and mail links only', async () => {
    await call('shell.openExternal', { url: 'https://example.com/lanyard' });
    await call('shell.openExternal', { url: 'mailto:press@example.com' });
    await call('shell.openExternal', {
      url: 'mailto:press@example.com?subject=Day%201&attach=%2Fhome%2Fme%2F.ssh%2Fid_rsa&body=hi',
    });
    expect(host.opened).toEqual([
      'https://example.com/lanyard',
      'mailto:press@example.com',
      'mailto:press@example.com?subject=Day+1&body=hi',
    ]);
    expect(await failure('shell.openExternal', { url: 'javascript:alert(1)' })).toEqual({
      code: 'refused',
      message: 'Lanyard only opens web and mail links; refused: javascript:',
    });
    expect(await failure('shell.openExternal', { url: 'file:///etc/passwd' })).toMatchObject({
      code: 'refused',
      message: expect.stringContaining('file:') as unknown,
    });
    expect(await failure('shell.openExternal', { url: 'not a url' })).toMatchObject({ code: 'refused' });
    expect(host.opened).toHaveLength(3);
  });

  it('serves site media by extension, and nothing else', async () => {
    expect(await core.resolveAsset('/assets/images/stage.png')).toEqual({
      file: path.join(site, 'assets', 'images', 'stage.png'),
      contentType: 'image/png',
    });
    await fs.writeFile(path.join(site, 'assets', 'images', 'two words.PNG'), 'x');
    expect(await core.resolveAsset('/assets/images/two%20words.PNG')).toMatchObject({ contentType: 'image/png' });
    for (const urlPath of [
      '/.git/config',
      '/.git/HEAD',
      '/assets/.hidden.png',
      '/../x.png',
      '/../outside.md',
      '/%2e%2e/outside.png',
      '//etc/passwd',
      '/_config.yml',
      '/_posts/2026-06-16-day-1.md',
      '/assets/images',
      '/assets/images/missing.png',
      '/%E0%A4%A.png',
    ]) {
      expect(await core.resolveAsset(urlPath), urlPath).toBeNull();
    }
  });
});

describe('session and lifecycle', () => {
  it('keeps a session per site, merged over the defaults', async () => {
    await core.openSite(site);
    expect(await call<SessionState>('session.get')).toEqual({
      lastPostId: null,
      previewVisible: true,
      paneWidths: { list: 260, preview: 520 },
    });
    const updated = await call<SessionState>('session.update', {
      lastPostId: '_posts/2026-06-16-day-1.md',
      previewVisible: false,
    });
    expect(updated).toEqual({
      lastPostId: '_posts/2026-06-16-day-1.md',
      previewVisible: false,
      paneWidths: { list: 260, preview: 520 },
    });
    expect(await call('session.update', { paneWidths: { list: 300, preview: 600 } })).toMatchObject({
      lastPostId: '_posts/2026-06-16-day-1.md',
      paneWidths: { list: 300, preview: 600 },
    });
    expect(host.settings.data.sessions[site]?.previewVisible).toBe(false);
  });

  it('tells the host the renderer is ready to close', async () => {
    await call('app.readyToClose');
    expect(host.closedCount).toBe(1);
  });

  it('writes the index cache on dispose, named by the site folder', async () => {
    await core.openSite(site);
    await core.dispose();
    const cacheFile = path.join(
      host.userDataDir,
      'index-cache',
      `${createHash('sha1').update(site).digest('hex')}.json`,
    );
    const cache = JSON.parse(await fs.readFile(cacheFile, 'utf8')) as {
      root: string;
      strings: unknown[];
      rows: unknown[];
    };
    expect(cache.root).toBe(site);
    expect(cache.rows.map((row) => decodeRow(row, cache.strings)?.summary.id).sort()).toEqual([
      '_posts/2026-06-16-day-1.md',
      '_posts/2026-06-17-day-2.md',
    ]);
    expect(await call('site.current')).toBeNull();
  });

  it('reopening lists from the cache, then reports the posts changed while Lanyard was closed', async () => {
    await core.openSite(site);
    await core.dispose();
    const id = '_posts/2026-06-16-day-1.md';
    await fs.writeFile(file(id), fm('title: Retitled while closed'));
    core = createLanyardCore(host);
    host.events.length = 0;
    await core.openSite(site);
    await eventually(() => eventsNamed('posts.changed').some((event) => event.ids.includes(id)));
    expect(eventsNamed('posts.changed')).toEqual([{ ids: [id] }]);
    const titles = (await call<PostSummary[]>('posts.list')).map((post) => post.title);
    expect(titles).toEqual(['Day 2', 'Retitled while closed']);
  });
});
