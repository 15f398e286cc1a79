import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitAdd } from '../../../../src/git/node/add';
import { gitCommit } from '../../../../src/git/node/commit';
import { localBranches, remoteTrackingRefs } from '../../../../src/git/node/for-each-ref';
import { gitInit } from '../../../../src/git/node/init';
import { runGit } from '../../../../src/git/node/run-git';
import { useGitSandbox } from './git-env';
import { workRepository } from './repo-fixtures';

const sandbox = useGitSandbox();

async function bareRepository(name: string): Promise<string> {
  const remote = path.join(sandbox.path, name);
  await runGit(['-c', 'init.defaultBranch=main', 'init', '--quiet', '--bare', remote], sandbox.path);
  return remote;
}

describe('remoteTrackingRefs', () => {
  it('is empty in a repository without remotes, local branches not counted', async () => {
    const repo = await workRepository(sandbox.path, 'work', { 'a.md': 'a' });
    await runGit(['branch', 'drafts'], repo);
    expect(await remoteTrackingRefs(repo)).toEqual([]);
  });

  it('lists every remote’s branches, sorted, without the symbolic origin/HEAD', async () => {
    const origin = await bareRepository('origin.git');
    const backup = await bareRepository('backup.git');
    const seed = path.join(sandbox.path, 'seed');
    await fs.mkdir(seed);
    await gitInit(seed);
    await fs.writeFile(path.join(seed, 'a.md'), 'a');
    await gitAdd(seed, 'all');
    await gitCommit(seed, 'First');
    await runGit(['push', '--quiet', origin, 'main', 'main:drafts'], seed);
    await runGit(['push', '--quiet', backup, 'main'], seed);

    const clone = path.join(sandbox.path, 'clone');
    await runGit(['clone', '--quiet', origin, clone], sandbox.path);
    await runGit(['remote', 'add', 'backup', backup], clone);
    await runGit(['fetch', '--quiet', 'backup'], clone);
    expect((await runGit(['symbolic-ref', 'refs/remotes/origin/HEAD'], clone)).stdout.trim()).toBe(
      'refs/remotes/origin/main',
    );
    expect(await remoteTrackingRefs(clone)).toEqual(['backup/main', 'origin/drafts', 'origin/main']);
  });

  it('fails with a typed error outside a repository', async () => {
    await expect(remoteTrackingRefs(sandbox.path)).rejects.toMatchObject({
      name: 'GitError',
      kind: 'not-a-repository',
    });
  });
});

describe('localBranches', () => {
  it('lists local branches by full name, sorted, even one a tag of the same name shadows', async () => {
    const repo = await workRepository(sandbox.path, 'work', { 'a.md': 'a' });
    await runGit(['branch', 'drafts/day-2'], repo);
    await runGit(['branch', 'release'], repo);
    await runGit(['tag', 'release'], repo);
    await runGit(['update-ref', 'refs/remotes/origin/main', 'HEAD'], repo);
    expect(await localBranches(repo)).toEqual(['drafts/day-2', 'main', 'release']);
  });

  it('is empty in a repository without commits', async () => {
    const repo = path.join(sandbox.path, 'work');
    await fs.mkdir(repo);
    await gitInit(repo);
    expect(await localBranches(repo)).toEqual([]);
  });
});
