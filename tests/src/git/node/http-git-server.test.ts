import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitError } from '../../../../src/git/node/git-error';
import { runGit } from '../../../../src/git/node/run-git';
import { useGitSandbox } from './git-env';
import { type HttpGitServer, startHttpGitServer } from './http-git-server';
import { gitFailure as failure } from './repo-fixtures';

const sandbox = useGitSandbox();
const user = 'writer';
// A colon and an at sign, so the authenticated URL must encode them.
const password = 's3cret:p@ss';
const env = {
  // An inherited askpass helper (an IDE's) would answer git's question instead of letting it fail.
  GIT_ASKPASS: '',
  GIT_AUTHOR_NAME: 'Test Writer',
  GIT_AUTHOR_EMAIL: 'writer@example.com',
  GIT_COMMITTER_NAME: 'Test Writer',
  GIT_COMMITTER_EMAIL: 'writer@example.com',
};

let server: HttpGitServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const git = async (cwd: string, ...args: string[]) => (await runGit(args, cwd, { env })).stdout.trim();

/** A server over a folder holding one empty bare repository, blog.git. */
async function serveBlog(): Promise<{ server: HttpGitServer; bare: string }> {
  const root = path.join(sandbox.path, 'remotes');
  await fs.mkdir(root);
  await git(root, 'init', '--quiet', '--bare', '--initial-branch=main', 'blog.git');
  server = await startHttpGitServer({ root, user, password });
  return { server, bare: path.join(root, 'blog.git') };
}

/** Clones blog.git into `name` and points its HEAD at main, so even an empty clone can commit. */
async function cloneBlog(running: HttpGitServer, name: string): Promise<string> {
  await git(sandbox.path, 'clone', '--quiet', running.authenticatedUrl('blog.git'), name);
  const dir = path.join(sandbox.path, name);
  await git(dir, 'symbolic-ref', 'HEAD', 'refs/heads/main');
  return dir;
}

async function commitFile(dir: string, file: string, content: string | Buffer, message: string): Promise<void> {
  await fs.writeFile(path.join(dir, file), content);
  await git(dir, 'add', '--', file);
  await git(dir, 'commit', '--quiet', '-m', message);
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('startHttpGitServer', () => {
  it('clones, pushes and clones again through git http-backend with the authenticated URL', async () => {
    const { server: running, bare } = await serveBlog();
    const writer = await cloneBlog(running, 'writer');
    await commitFile(writer, 'post.md', '# Day one\n', 'First post');
    await git(writer, 'push', '--quiet', 'origin', 'main');

    expect(await git(bare, 'log', '--format=%s', 'main')).toBe('First post');
    const reader = await cloneBlog(running, 'reader');
    await expect(fs.readFile(path.join(reader, 'post.md'), 'utf8')).resolves.toBe('# Day one\n');
  });

  it('takes a push bigger than git’s post buffer, which git sends chunked', async () => {
    const { server: running, bare } = await serveBlog();
    const writer = await cloneBlog(running, 'writer');
    await commitFile(writer, 'photo.bin', randomBytes(2 * 1024 * 1024), 'Photo');
    await git(writer, 'push', '--quiet', 'origin', 'main');

    expect(await git(bare, 'cat-file', '-s', 'main:photo.bin')).toBe(String(2 * 1024 * 1024));
  });

  it('fetches after a negotiation long enough for git to gzip its request', async () => {
    const { server: running } = await serveBlog();
    const writer = await cloneBlog(running, 'writer');
    await commitFile(writer, 'post.md', 'shared', 'Shared');
    await git(writer, 'push', '--quiet', 'origin', 'main');
    const other = await cloneBlog(running, 'other');
    await commitFile(other, 'news.md', 'news', 'From elsewhere');
    await git(other, 'push', '--quiet', 'origin', 'main');
    // Commits the server has never seen make git offer many "have" lines before they meet.
    for (let index = 0; index < 40; index += 1)
      await git(writer, 'commit', '--quiet', '--allow-empty', '-m', `Local ${index}`);

    await git(writer, 'fetch', '--quiet', 'origin');
    expect(await git(writer, 'log', '-1', '--format=%s', 'origin/main')).toBe('From elsewhere');
  });

  it('answers a URL without credentials with 401, so git fails at once with an auth error', async () => {
    const { server: running, bare } = await serveBlog();
    const writer = await cloneBlog(running, 'writer');
    await commitFile(writer, 'post.md', 'text', 'Unpublished');
    const before = running.requests;
    const started = Date.now();

    expect((await failure(git(writer, 'ls-remote', running.url('blog.git')))).kind).toBe('auth');
    expect(await failure(git(writer, 'push', running.url('blog.git'), 'main'))).toMatchObject({ kind: 'auth' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(running.requests).toBeGreaterThanOrEqual(before + 2);
    await expect(failure(git(bare, 'rev-parse', '--verify', '--quiet', 'main'))).resolves.toBeInstanceOf(GitError);
  });

  it('refuses a wrong password with an auth error and leaves the repository alone', async () => {
    const { server: running, bare } = await serveBlog();
    const writer = await cloneBlog(running, 'writer');
    await commitFile(writer, 'post.md', 'text', 'Unpublished');
    const wrong = running.url('blog.git').replace('http://', `http://${user}:not-it@`);

    expect((await failure(git(writer, 'push', wrong, 'main'))).kind).toBe('auth');
    expect((await failure(git(writer, 'ls-remote', wrong))).kind).toBe('auth');
    await expect(failure(git(bare, 'rev-parse', '--verify', '--quiet', 'main'))).resolves.toBeInstanceOf(GitError);
  });

  it('counts every request it answers', async () => {
    const { server: running } = await serveBlog();
    expect(running.requests).toBe(0);
    await git(sandbox.path, 'ls-remote', running.authenticatedUrl('blog.git'));
    const afterOne = running.requests;
    expect(afterOne).toBeGreaterThan(0);
    await git(sandbox.path, 'ls-remote', running.authenticatedUrl('blog.git'));
    expect(running.requests).toBe(afterOne * 2);
  });

  it('closes while a backend waits for a request body that never ends, and stops answering', async () => {
    const { server: running } = await serveBlog();
    const unfinished = http.request(`${running.url('blog.git')}/git-upload-pack`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
        'Content-Type': 'application/x-git-upload-pack-request',
        'Git-Protocol': 'version=2',
      },
    });
    // The backend may answer headers before it reads the body: then the cut shows on the response.
    const dropped = new Promise<Error | string>((resolve) => {
      unfinished.on('error', resolve);
      unfinished.on('response', (response) =>
        response.on('close', () => resolve(response.complete ? 'answered in full' : new Error('response cut off'))),
      );
    });
    unfinished.write('0014command=ls-refs\n');
    await until(() => running.requests === 1);

    await running.close();
    server = undefined;
    await expect(dropped).resolves.toBeInstanceOf(Error);
    const refused = await failure(git(sandbox.path, 'ls-remote', running.authenticatedUrl('blog.git')));
    expect(refused.kind).toBe('offline');
  });
});
