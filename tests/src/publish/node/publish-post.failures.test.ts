import { promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { operationInProgress } from '../../../../src/git/node/rebase';
import { publishPost } from '../../../../src/publish/node/publish-post';
import { retryQueued } from '../../../../src/publish/node/retry-queued';
import { useGitSandbox } from '../../git/node/git-env';
import { startHttpGitServer, type HttpGitServer } from '../../git/node/http-git-server';
import { git, makeBlog, porcelain, POST_ID, publishContext, subjects, withSignal } from './publish-fixture';

const sandbox = useGitSandbox();
let server: HttpGitServer | null = null;
let silent: net.Server | null = null;
const sockets = new Set<net.Socket>();

afterEach(async () => {
  await server?.close();
  server = null;
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await new Promise((resolve) => (silent ? silent.close(resolve) : resolve(undefined)));
  silent = null;
});

async function editPost(site: string): Promise<void> {
  const file = path.join(site, POST_ID);
  await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('Second line.', 'Written offline.'));
}

const request = { id: POST_ID, include: [], keepMine: false };

describe('publishPost when the remote cannot take it', () => {
  it('queues an offline publish with the commit kept, and the retry pushes it once the remote is back', async () => {
    const blog = await makeBlog(sandbox.path);
    await git(blog.site, 'remote', 'set-url', 'origin', 'http://127.0.0.1:9/blog.git');
    await editPost(blog.site);

    const queued = await publishPost(publishContext(blog.profile), request);

    expect(queued.kind).toBe('queued');
    expect(queued.commit).toBe(await git(blog.site, 'rev-parse', 'HEAD'));
    expect(await subjects(blog.site)).toEqual(['Publish: re:Invent Day 1', 'Start the blog']);
    expect(await porcelain(blog.site)).toEqual([]);
    expect(await operationInProgress(blog.site)).toBeNull();

    const entry = {
      branch: 'main',
      remote: 'origin',
      posts: [{ id: POST_ID, title: 're:Invent Day 1' }],
      commit: queued.commit!,
      queuedAt: Date.now(),
      attempts: 0,
      nextAttemptAt: null,
      lastError: null,
    };
    expect((await retryQueued(blog.site, entry, () => undefined)).kind).toBe('queued');
    await git(blog.site, 'remote', 'set-url', 'origin', blog.bare);
    const retried = await retryQueued(blog.site, entry, () => undefined);

    expect(retried.kind).toBe('published');
    expect(await subjects(blog.bare, 'main')).toEqual(['Publish: re:Invent Day 1', 'Start the blog']);
  });

  it('says how to set up credentials when the HTTP remote refuses to sign in, and keeps the commit', async () => {
    const blog = await makeBlog(sandbox.path);
    await git(sandbox.path, 'clone', '--quiet', '--bare', blog.bare, path.join(sandbox.path, 'served', 'blog.git'));
    server = await startHttpGitServer({ root: path.join(sandbox.path, 'served'), user: 'writer', password: 's3cret' });
    await git(blog.site, 'remote', 'set-url', 'origin', server.url('blog.git'));
    await git(blog.site, 'fetch', '--quiet', blog.bare, 'main:refs/remotes/origin/main');
    await editPost(blog.site);
    process.env.GIT_ASKPASS = '';

    const outcome = await publishPost(publishContext(blog.profile), request);

    expect(outcome.kind).toBe('failed');
    expect(outcome.message).toMatch(/could not sign in/);
    expect(outcome.help).toMatch(/credential helper/);
    expect(outcome.message).not.toMatch(/at .*\.ts:\d+/);
    expect(await subjects(blog.site)).toEqual(['Publish: re:Invent Day 1', 'Start the blog']);
    expect(await porcelain(blog.site)).toEqual([]);

    await git(blog.site, 'remote', 'set-url', 'origin', server.authenticatedUrl('blog.git'));
    const again = await publishPost(publishContext(blog.profile), request);
    expect(again.kind).toBe('published');
    expect(await subjects(path.join(sandbox.path, 'served', 'blog.git'), 'main')).toEqual([
      'Publish: re:Invent Day 1',
      'Start the blog',
    ]);
  });

  it('shows the remote’s own words when a hook refuses the push', async () => {
    const blog = await makeBlog(sandbox.path);
    const hook = path.join(blog.bare, 'hooks', 'pre-receive');
    await fs.writeFile(hook, '#!/bin/sh\necho "Pushes to main need a review: open a pull request." >&2\nexit 1\n', {
      mode: 0o755,
    });
    await editPost(blog.site);

    const outcome = await publishPost(publishContext(blog.profile), request);

    expect(outcome.kind).toBe('failed');
    expect(outcome.remoteMessage).toContain('Pushes to main need a review: open a pull request.');
    expect(await subjects(blog.bare, 'main')).toEqual(['Start the blog']);
    expect(await subjects(blog.site)).toEqual(['Publish: re:Invent Day 1', 'Start the blog']);
    expect(await porcelain(blog.site)).toEqual([]);
  });

  it('cancels a push that hangs, leaving the commit and a clean repository', async () => {
    const blog = await makeBlog(sandbox.path);
    let open = 0;
    silent = net.createServer((socket) => {
      // Accepts, never answers.
      sockets.add(socket);
      socket.resume(); // reads, so the peer's close is seen
      open++;
      socket.on('close', () => open--);
    });
    await new Promise<void>((resolve) => silent!.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    await git(blog.site, 'remote', 'set-url', 'origin', `http://127.0.0.1:${port}/blog.git`);
    await editPost(blog.site);
    const controller = new AbortController();
    const context = publishContext(blog.profile, { controller });
    const steps = context.onProgress;
    context.onProgress = (step, detail) => {
      steps(step, detail);
      if (step === 'sync' && detail === null) setTimeout(() => controller.abort(), 300);
    };

    const outcome = await withSignal(controller, () => publishPost(context, request));

    expect(outcome.kind).toBe('cancelled');
    expect(outcome.message).toMatch(/commit is kept/);
    // The cancel stops git's HTTP helper too, which holds the connection.
    for (let waited = 0; open > 0 && waited < 3000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(open).toBe(0);
    expect(await subjects(blog.site)).toEqual(['Publish: re:Invent Day 1', 'Start the blog']);
    expect(await operationInProgress(blog.site)).toBeNull();
    expect(await porcelain(blog.site)).toEqual([]);
  });
});

describe('publishPost before the repository is ready', () => {
  it('answers each problem in plain words without touching the post', async () => {
    const blog = await makeBlog(sandbox.path);
    const before = await fs.readFile(path.join(blog.site, POST_ID), 'utf8');
    await git(blog.site, 'remote', 'remove', 'origin');
    expect((await publishPost(publishContext(blog.profile), request)).message).toMatch(/has no remote/);

    await git(blog.site, 'remote', 'add', 'origin', blog.bare);
    await git(blog.site, 'checkout', '--quiet', '--detach');
    expect((await publishPost(publishContext(blog.profile), request)).message).toMatch(/not on a branch/);

    await fs.rm(path.join(blog.site, '.git'), { recursive: true });
    expect((await publishPost(publishContext(blog.profile), request)).message).toMatch(/not a git repository/);

    const savedPath = process.env.PATH;
    process.env.PATH = path.join(sandbox.path, 'no-git-here');
    try {
      expect((await publishPost(publishContext(blog.profile), request)).message).toMatch(/Git is not installed/);
    } finally {
      process.env.PATH = savedPath;
    }
    expect(await fs.readFile(path.join(blog.site, POST_ID), 'utf8')).toBe(before);
  });
});
