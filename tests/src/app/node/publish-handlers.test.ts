import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLanyardCore, type LanyardCore } from '../../../../src/app/node/lanyard-core';
import type { GitCommandRecord } from '../../../../src/git/git-command-record';
import type { PublishOutcome, PublishStatus, QueuedPublish } from '../../../../src/publish/publish-types';
import { useGitSandbox } from '../../git/node/git-env';
import { git, makeBlog, POST_ID, subjects } from '../../publish/node/publish-fixture';
import { memorySettings, testHost } from './test-host';
import { promises as fs } from 'node:fs';

const sandbox = useGitSandbox();

async function call<T>(core: LanyardCore, channel: string, arg?: unknown): Promise<T> {
  const answer = await core.dispatcher.invoke(channel, arg);
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

async function editPost(site: string, line: string): Promise<void> {
  const file = path.join(site, POST_ID);
  await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('Second line.', line));
}

describe('publish channels', () => {
  it('show the status, publish with progress events, and log what git ran without credentials', async () => {
    const blog = await makeBlog(sandbox.path);
    const host = testHost(path.join(sandbox.path, 'user-data'));
    const core = createLanyardCore(host);
    await core.openSite(blog.site);
    await editPost(blog.site, 'Edited in Lanyard.');
    await fs.writeFile(path.join(blog.site, 'notes.txt'), 'mine');

    const status = await call<PublishStatus>(core, 'publish.status', { id: POST_ID });
    expect(status).toMatchObject({ problem: null, branch: 'main', upstream: 'origin/main', ahead: 0, behind: 0 });
    expect(status.changes.thisPost.map((file) => file.path)).toEqual([POST_ID]);
    expect(status.changes.other.map((file) => file.path)).toEqual(['notes.txt']);
    expect(status.commitMessage).toBe('Update: re:Invent Day 1');

    const outcome = await call<PublishOutcome>(core, 'publish.run', { id: POST_ID, run: 'run-1' });
    expect(outcome.kind).toBe('published');
    const steps = host.events
      .filter((event) => event.name === 'publish.progress')
      .map((event) => event.payload as { run: string; step: string; detail: string | null })
      .filter((progress) => progress.detail === null);
    expect(steps.map((progress) => progress.step)).toEqual(['check', 'prepare', 'commit', 'sync', 'push']);
    expect(steps.every((progress) => progress.run === 'run-1')).toBe(true);
    expect(await subjects(blog.bare, 'main')).toEqual(['Update: re:Invent Day 1', 'Start the blog']);

    const log = await call<GitCommandRecord[]>(core, 'publish.log');
    expect(log.some((record) => record.args.includes('push'))).toBe(true);
    await core.dispose();
  });

  it('keep a queued publish across a restart and push it on retry', async () => {
    const blog = await makeBlog(sandbox.path);
    const settings = memorySettings();
    const first = createLanyardCore(testHost(path.join(sandbox.path, 'user-data'), settings));
    await first.openSite(blog.site);
    await git(blog.site, 'remote', 'set-url', 'origin', 'http://127.0.0.1:9/blog.git');
    await editPost(blog.site, 'Written on the plane.');

    const outcome = await call<PublishOutcome>(first, 'publish.run', { id: POST_ID, run: 'offline' });
    expect(outcome.kind).toBe('queued');
    const queued = await call<QueuedPublish>(first, 'publish.queue');
    expect(queued).toMatchObject({ branch: 'main', remote: 'origin', commit: outcome.commit, attempts: 0 });
    expect(queued.posts).toEqual([{ id: POST_ID, title: 're:Invent Day 1' }]);
    expect(queued.nextAttemptAt).toBeGreaterThan(Date.now());
    await first.dispose();

    const host = testHost(path.join(sandbox.path, 'user-data'), settings);
    const second = createLanyardCore(host);
    await second.openSite(blog.site);
    expect(await call<QueuedPublish | null>(second, 'publish.queue')).toEqual(queued);
    const stillOffline = await call<PublishOutcome>(second, 'publish.retry');
    expect(stillOffline.kind).toBe('queued');
    expect(await call<QueuedPublish>(second, 'publish.queue')).toMatchObject({ attempts: 1 });

    await git(blog.site, 'remote', 'set-url', 'origin', blog.bare);
    const pushed = await call<PublishOutcome>(second, 'publish.retry');
    expect(pushed.kind).toBe('published');
    expect(await call<QueuedPublish | null>(second, 'publish.queue')).toBeNull();
    expect(host.events.some((event) => event.name === 'publish.queueChanged')).toBe(true);
    expect(await subjects(blog.bare, 'main')).toEqual(['Update: re:Invent Day 1', 'Start the blog']);
    await second.dispose();
  });

  it('keep a queued publish of one branch when another branch publishes', async () => {
    const blog = await makeBlog(sandbox.path);
    const core = createLanyardCore(testHost(path.join(sandbox.path, 'user-data')));
    await core.openSite(blog.site);
    await git(blog.site, 'remote', 'set-url', 'origin', 'http://127.0.0.1:9/blog.git');
    await editPost(blog.site, 'Written on the plane.');
    expect((await call<PublishOutcome>(core, 'publish.run', { id: POST_ID, run: 'a' })).kind).toBe('queued');

    const mirror = path.join(sandbox.path, 'mirror.git');
    await git(sandbox.path, 'init', '--quiet', '--bare', mirror);
    await git(blog.site, 'remote', 'add', 'mirror', mirror);
    await git(blog.site, 'checkout', '--quiet', '-b', 'day2');
    await git(blog.site, 'push', '--quiet', '-u', 'mirror', 'day2');
    await editPost(blog.site, 'Day two.');
    const other = await call<PublishOutcome>(core, 'publish.run', { id: POST_ID, run: 'b' });

    expect(other).toMatchObject({ kind: 'published', target: { remote: 'mirror', localBranch: 'day2' } });
    expect(await call<QueuedPublish | null>(core, 'publish.queue')).toMatchObject({ branch: 'main', remote: 'origin' });
    await core.dispose();
  });

  it('cancel a publish asked for right after it started, before it touched anything', async () => {
    const blog = await makeBlog(sandbox.path);
    const core = createLanyardCore(testHost(path.join(sandbox.path, 'user-data')));
    await core.openSite(blog.site);
    await editPost(blog.site, 'Not yet.');
    const running = core.dispatcher.invoke('publish.run', { id: POST_ID, run: 'quick' });
    await core.dispatcher.invoke('publish.cancel', { run: 'quick' });
    expect(await running).toMatchObject({ ok: true, value: { kind: 'cancelled' } });
    expect(await subjects(blog.site)).toEqual(['Start the blog']);
    await core.dispose();
  });

  it('refuse a clone URL that would run a command, and a ticked path that is not a change', async () => {
    const blog = await makeBlog(sandbox.path);
    const host = testHost(path.join(sandbox.path, 'user-data'));
    const core = createLanyardCore(host);
    await core.openSite(blog.site);
    host.answers.folder = sandbox.path;
    const clone = await core.dispatcher.invoke('site.cloneFromUrl', { url: 'ext::sh -c touch% /tmp/pwned', run: 'c' });
    expect(clone).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const option = await core.dispatcher.invoke('publish.run', { id: POST_ID, run: 'r', include: ['--all'] });
    expect(option).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await core.dispose();
  });

  it('refuse a remote or clone URL that holds a token, and say why without repeating it', async () => {
    const blog = await makeBlog(sandbox.path);
    const host = testHost(path.join(sandbox.path, 'user-data'));
    const core = createLanyardCore(host);
    await core.openSite(blog.site);
    await git(blog.site, 'remote', 'remove', 'origin');
    host.answers.folder = sandbox.path;
    const url = 'https://writer:tok3n-secret@example.com/blog.git';
    for (const [channel, arg] of [
      ['publish.addRemote', { url }],
      ['site.cloneFromUrl', { url, run: 'c' }],
    ] as const) {
      const answer = await core.dispatcher.invoke(channel, arg);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(JSON.stringify(answer)).toMatch(/password or token/);
      expect(JSON.stringify(answer)).not.toContain('tok3n-secret');
    }
    expect(await git(blog.site, 'remote')).toBe('');
    // The same address without the token is fine.
    await call(core, 'publish.addRemote', { url: 'https://writer@example.com/blog.git' });
    await core.dispose();
  });

  it('answer a clone that git could not make in plain words, not as an internal error', async () => {
    const host = testHost(path.join(sandbox.path, 'user-data'));
    const core = createLanyardCore(host);
    host.answers.folder = sandbox.path;
    const missing = path.join(sandbox.path, 'nowhere.git');
    const answer = await core.dispatcher.invoke('site.cloneFromUrl', { url: missing, run: 'c' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(JSON.stringify(answer)).toMatch(/could not be cloned/);
    expect(host.errors).toEqual([]);
    await expect(fs.stat(path.join(sandbox.path, 'nowhere'))).rejects.toThrow();
    await core.dispose();
  });

  it('clone a blog from a URL into the chosen folder and open it', async () => {
    const blog = await makeBlog(sandbox.path);
    const host = testHost(path.join(sandbox.path, 'user-data'));
    const core = createLanyardCore(host);
    host.answers.folder = path.join(sandbox.path, 'laptop');
    await fs.mkdir(host.answers.folder);
    const info = await call<{ root: string }>(core, 'site.cloneFromUrl', { url: blog.bare, run: 'clone-1' });
    expect(info.root).toBe(path.join(sandbox.path, 'laptop', 'remote'));
    expect(await subjects(info.root)).toEqual(['Start the blog']);
    expect(host.events.some((event) => event.name === 'publish.progress')).toBe(true);
    await core.dispose();
  });
});
