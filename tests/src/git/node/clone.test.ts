import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gitClone, isCloneableUrl } from '../../../../src/git/node/clone';
import { useGitSandbox } from './git-env';
import { bareRepository, commitFiles, git, workRepository } from './repo-fixtures';

const sandbox = useGitSandbox();

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

/** A bare remote with two commits, so a clone has objects to receive. */
async function remoteWithHistory(): Promise<string> {
  const origin = await bareRepository(sandbox.path, 'origin.git');
  const seed = await workRepository(sandbox.path, 'seed', { 'a.md': 'a' });
  await commitFiles(seed, { 'posts/day-1.md': 'Day 1', 'posts/day-2.md': 'Day 2', 'posts/day-3.md': 'Day 3' });
  await git(seed, 'push', '--quiet', origin, 'main');
  return origin;
}

describe('isCloneableUrl', () => {
  it.each([
    ['https://github.com/ada/blog.git', true],
    ['http://git.example.com:8080/blog.git', true],
    ['https://ada:token@github.com/ada/blog.git', true],
    ['ssh://git@github.com/ada/blog.git', true],
    ['ssh://git@[::1]:2222/blog.git', true],
    ['git://example.com/blog.git', true],
    ['file:///srv/git/blog.git', true],
    ['git@github.com:ada/blog.git', true],
    ['ada@example.com:/srv/git/blog.git', true],
    ['/srv/git/blog.git', true],
    ['', false],
    ['-uhttps://github.com/ada/blog.git', false],
    ['--upload-pack=touch /tmp/pwned', false],
    ['ext::sh -c touch% /tmp/pwned', false],
    ['ext::sh', false],
    ['fd::17', false],
    ['transport::anything', false],
    ['https://github.com/ada/blog.git\n--upload-pack=x', false],
    ['https://github.com/ada/my blog.git', false],
    ['https://github.com/ada/\tblog.git', false],
    ['https://github.com/ada/blog\u0000.git', false],
    ['ssh://-oProxyCommand=touch%20x/blog.git', false],
    ['git@-oProxyCommand=x:blog.git', false],
    ['ftp://example.com/blog.git', false],
    ['https://', false],
    ['file://', false],
    ['github.com/ada/blog', false],
    ['relative/path/blog.git', false],
    ['./blog.git', false],
  ])('%j → %s', (url, expected) => {
    expect(isCloneableUrl(url)).toBe(expected);
  });
});

describe('gitClone', () => {
  it('clones into a new folder and reports progress while it runs', async () => {
    const origin = await remoteWithHistory();
    const folder = path.join(sandbox.path, 'my blog');
    const lines: string[] = [];
    await gitClone(pathToFileURL(origin).href, folder, { onProgress: (line) => lines.push(line) });
    expect(await fs.readFile(path.join(folder, 'posts', 'day-3.md'), 'utf8')).toBe('Day 3');
    expect(await git(folder, 'rev-parse', '--abbrev-ref', '@{upstream}')).toBe('origin/main');
    expect(lines[0]).toMatch(/^Cloning into '.*my blog'\.\.\.$/);
    expect(lines).toContainEqual(expect.stringMatching(/^Receiving objects: 100% \(\d+\/\d+\)/));
    expect(lines.every((line) => !/[\r\n]/.test(line))).toBe(true);
  });

  it('clones into an existing empty folder', async () => {
    const origin = await remoteWithHistory();
    const folder = path.join(sandbox.path, 'empty');
    await fs.mkdir(folder);
    await gitClone(origin, folder);
    expect(await exists(path.join(folder, 'a.md'))).toBe(true);
  });

  it('removes the folder it created when the clone fails', async () => {
    const folder = path.join(sandbox.path, 'blog');
    await expect(gitClone('http://127.0.0.1:1/blog.git', folder)).rejects.toMatchObject({ kind: 'offline' });
    await expect(gitClone(path.join(sandbox.path, 'missing.git'), folder)).rejects.toMatchObject({ name: 'GitError' });
    expect(await exists(folder)).toBe(false);
  });

  it('removes the folder even when git itself leaves it behind', async () => {
    const origin = await remoteWithHistory();
    // A post-checkout hook that fails makes git exit 1 but keep the new repository.
    const template = path.join(sandbox.path, 'template');
    await fs.mkdir(path.join(template, 'hooks'), { recursive: true });
    await fs.writeFile(path.join(template, 'hooks', 'post-checkout'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    await git(sandbox.path, 'config', '--global', 'init.templateDir', template);
    const folder = path.join(sandbox.path, 'blog');
    await expect(gitClone(origin, folder)).rejects.toMatchObject({ name: 'GitError', exitCode: 1 });
    expect(await exists(folder)).toBe(false);
  });

  it('never removes a folder that was there before, nor touches a non-empty one', async () => {
    const empty = path.join(sandbox.path, 'empty');
    await fs.mkdir(empty);
    await expect(gitClone('http://127.0.0.1:1/blog.git', empty)).rejects.toMatchObject({ kind: 'offline' });
    expect(await fs.readdir(empty)).toEqual([]);

    const origin = await remoteWithHistory();
    const full = path.join(sandbox.path, 'full');
    await fs.mkdir(full);
    await fs.writeFile(path.join(full, 'notes.md'), 'keep me');
    await expect(gitClone(origin, full)).rejects.toMatchObject({
      name: 'GitError',
      message: expect.stringContaining('already exists') as unknown,
    });
    expect(await fs.readFile(path.join(full, 'notes.md'), 'utf8')).toBe('keep me');
  });

  it('removes the half-made folder when cancelled', async () => {
    const origin = await remoteWithHistory();
    const folder = path.join(sandbox.path, 'blog');
    const controller = new AbortController();
    let existedAtCancel = false;
    // Cancelled as soon as git says it started, when the folder is already there.
    const cloning = gitClone(pathToFileURL(origin).href, folder, {
      signal: controller.signal,
      onProgress: () => {
        existedAtCancel ||= existsSync(folder);
        controller.abort();
      },
    });
    await expect(cloning).rejects.toMatchObject({ name: 'AbortError' });
    expect(existedAtCancel).toBe(true);
    expect(await exists(folder)).toBe(false);
  });

  it('refuses an address that could run a command, creating nothing', async () => {
    const folder = path.join(sandbox.path, 'blog');
    await expect(gitClone(`ext::sh -c touch% ${path.join(sandbox.path, 'pwned')}`, folder)).rejects.toMatchObject({
      name: 'LanyardError',
      code: 'invalid-argument',
    });
    expect(await fs.readdir(sandbox.path)).toEqual([]);
  });
});
