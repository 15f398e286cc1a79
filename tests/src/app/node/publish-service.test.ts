import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PublishService } from '../../../../src/app/node/publish-service';
import type { PublishOutcome, QueuedPublish } from '../../../../src/publish/publish-types';
import { useGitSandbox } from '../../git/node/git-env';
import { git, makeBlog, POST_ID, POST_TEXT } from '../../publish/node/publish-fixture';
import { useTempSite } from '../../support/temp-site';
import { memorySettings, testHost } from './test-host';

let temp = '';
useTempSite((folders) => ({ temp } = folders));

describe('PublishService.isBusy', () => {
  it('is true while a publish for the site runs or waits, and false once every one has settled', async () => {
    const service = new PublishService(testHost(path.join(temp, 'user-data')));
    let finishFirst = () => {};
    const first = service.exclusive('/site', 'run-1', () => new Promise<void>((resolve) => (finishFirst = resolve)));
    const second = service.exclusive('/site', 'run-2', () => Promise.reject(new Error('push failed')));
    expect(service.isBusy('/site')).toBe(true);
    expect(service.isBusy('/other')).toBe(false);
    await Promise.resolve();
    finishFirst();
    await first;
    expect(service.isBusy('/site'), 'the second still waits its turn').toBe(true);
    await expect(second).rejects.toThrow('push failed');
    expect(service.isBusy('/site')).toBe(false);
    service.dispose();
  });
});

describe('PublishService queue timers and the open site', () => {
  const sandbox = useGitSandbox();
  const hour = 60 * 60 * 1000;
  const queuedOutcome: PublishOutcome = {
    kind: 'queued',
    postId: POST_ID,
    commit: 'abc1234',
    target: null,
    message: 'offline',
    url: null,
    files: [],
    remoteMessage: null,
    help: null,
  };

  /** A blog with one commit its remote lacks, queued to be pushed at `nextAttemptAt`. */
  async function queuedBlog(nextAttemptAt: number) {
    const blog = await makeBlog(sandbox.path);
    await fs.writeFile(path.join(blog.site, POST_ID), `${POST_TEXT}Queued line.\n`);
    await git(blog.site, 'commit', '--quiet', '-am', 'Update: re:Invent Day 1');
    const commit = await git(blog.site, 'rev-parse', 'HEAD');
    const queued: QueuedPublish = {
      branch: 'main',
      remote: 'origin',
      posts: [{ id: POST_ID, title: 're:Invent Day 1' }],
      commit,
      queuedAt: Date.now(),
      attempts: 1,
      nextAttemptAt,
      lastError: 'offline',
    };
    const host = testHost(
      path.join(sandbox.path, 'user-data'),
      memorySettings({ publishQueue: { [blog.site]: queued } }),
    );
    return { blog, commit, host, service: new PublishService(host) };
  }

  it('retries the open site’s due queue, pushing the queued commit to the real remote', async () => {
    const { blog, commit, host, service } = await queuedBlog(Date.now());
    service.siteOpened(blog.site);
    await vi.waitFor(() => expect(host.settings.data.publishQueue).toEqual({}), { timeout: 20_000 });
    expect(await git(blog.bare, 'rev-parse', 'main')).toBe(commit);
    service.dispose();
  });

  it('keeps no timer for a closed site, even when a publish settles after the close, until it opens again', async () => {
    const { blog, service } = await queuedBlog(Date.now() + hour);
    service.siteOpened(blog.site);
    expect(service.retryScheduled(blog.site)).toBe(true);
    service.siteClosed();
    expect(service.retryScheduled(blog.site)).toBe(false);

    const target = { remote: 'origin', branch: 'main', localBranch: 'main' };
    service.settle(blog.site, { ...queuedOutcome, target }, { id: POST_ID, title: 're:Invent Day 1' });
    expect(service.queued(blog.site)?.commit, 'the outcome is still filed').toBe('abc1234');
    expect(service.retryScheduled(blog.site)).toBe(false);

    service.siteOpened(blog.site);
    expect(service.retryScheduled(blog.site)).toBe(true);
    service.dispose();
  });
});
