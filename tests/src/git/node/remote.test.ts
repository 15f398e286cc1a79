import { describe, expect, it } from 'vitest';
import { addRemote, configuredRemoteNames, listRemotes } from '../../../../src/git/node/remote';
import { useGitSandbox } from './git-env';
import { git, workRepository } from './repo-fixtures';

const sandbox = useGitSandbox();

describe('listRemotes', () => {
  it('is empty without remotes', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    expect(await listRemotes(repo)).toEqual([]);
  });

  it('gives each remote’s fetch and push URL, paths with spaces and insteadOf rewrites included', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await git(repo, 'remote', 'add', 'origin', 'https://github.com/ada/blog.git');
    await git(repo, 'remote', 'set-url', '--push', 'origin', 'git@github.com:ada/blog.git');
    await git(repo, 'remote', 'set-url', '--add', '--push', 'origin', 'git@backup.example.com:blog.git');
    await git(repo, 'remote', 'add', 'local', '/srv/my blogs/blog (copy).git');
    await git(repo, 'config', 'url.git@gitlab.com:.insteadOf', 'gl:');
    await git(repo, 'remote', 'add', 'lab', 'gl:ada/blog.git');
    expect(await listRemotes(repo)).toEqual([
      { name: 'lab', fetchUrl: 'git@gitlab.com:ada/blog.git', pushUrl: 'git@gitlab.com:ada/blog.git' },
      { name: 'local', fetchUrl: '/srv/my blogs/blog (copy).git', pushUrl: '/srv/my blogs/blog (copy).git' },
      { name: 'origin', fetchUrl: 'https://github.com/ada/blog.git', pushUrl: 'git@github.com:ada/blog.git' },
    ]);
  });
});

describe('configuredRemoteNames', () => {
  it('names the remotes `git remote` lists, in its order, dots, slashes and case kept', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    expect(await configuredRemoteNames(repo)).toEqual([]);
    for (const name of ['origin', 'Backup', 'my.host/blog', 'a-mirror']) {
      await git(repo, 'remote', 'add', name, `https://example.com/${name}.git`);
    }
    await git(repo, 'config', '--add', 'remote.origin.url', 'https://example.com/second.git');
    await git(repo, 'config', 'remote.push-only.pushurl', 'https://example.com/push-only.git');
    // No URL, no remote: `git remote` skips it too.
    await git(repo, 'config', 'remote.half.fetch', '+refs/heads/*:refs/remotes/half/*');
    const names = (await listRemotes(repo)).map((remote) => remote.name);
    expect(await configuredRemoteNames(repo)).toEqual(names);
    expect(names).toEqual(['Backup', 'a-mirror', 'my.host/blog', 'origin', 'push-only']);
  });
});

describe('addRemote', () => {
  it('adds a remote that both fetches and pushes', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await addRemote(repo, 'origin', 'https://example.com/blog.git');
    expect(await listRemotes(repo)).toEqual([
      { name: 'origin', fetchUrl: 'https://example.com/blog.git', pushUrl: 'https://example.com/blog.git' },
    ]);
    expect(await git(repo, 'config', 'remote.origin.fetch')).toBe('+refs/heads/*:refs/remotes/origin/*');
  });

  it('takes a name that looks like an option literally', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await addRemote(repo, '--mirror=push', 'https://example.com/blog.git');
    expect(await listRemotes(repo)).toEqual([
      { name: '--mirror=push', fetchUrl: 'https://example.com/blog.git', pushUrl: 'https://example.com/blog.git' },
    ]);
    expect(await git(repo, 'config', '--get-regexp', '\\.mirror$').catch(() => 'none')).toBe('none');
  });

  it('fails with a typed error for a name that is taken or invalid', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await addRemote(repo, 'origin', 'https://example.com/blog.git');
    await expect(addRemote(repo, 'origin', 'https://example.com/other.git')).rejects.toMatchObject({
      name: 'GitError',
      message: expect.stringContaining('already exists') as unknown,
    });
    await expect(addRemote(repo, 'my blog', 'https://example.com/x.git')).rejects.toMatchObject({
      name: 'GitError',
      message: expect.stringContaining('not a valid remote name') as unknown,
    });
    expect(await listRemotes(repo)).toEqual([
      { name: 'origin', fetchUrl: 'https://example.com/blog.git', pushUrl: 'https://example.com/blog.git' },
    ]);
  });
});
