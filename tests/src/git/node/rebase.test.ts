import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitPullRebase } from '../../../../src/git/node/pull';
import { abortRebase, operationInProgress } from '../../../../src/git/node/rebase';
import { useGitSandbox } from './git-env';
import { commitFiles, git, identity, publishedRepository, pushFromElsewhere, workRepository } from './repo-fixtures';

const sandbox = useGitSandbox();
const read = (repo: string, name: string) => fs.readFile(path.join(repo, name), 'utf8');

/** A repository with a branch `other` whose commit clashes with main's on line one of a.md. */
async function clashingBranches(): Promise<{ repo: string; other: string }> {
  const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'base\n', 'posts/b.md': 'b' });
  await git(repo, 'checkout', '--quiet', '-b', 'other');
  const other = await commitFiles(repo, { 'a.md': 'theirs\n' });
  await git(repo, 'checkout', '--quiet', 'main');
  await commitFiles(repo, { 'a.md': 'mine\n' });
  return { repo, other };
}

describe('operationInProgress', () => {
  it('is null in a repository at rest', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    expect(await operationInProgress(repo)).toBeNull();
  });

  it('names a stopped merge, cherry-pick, revert and rebase, asked from a subfolder too', async () => {
    const { repo, other } = await clashingBranches();
    const stop = (...args: string[]) =>
      expect(git(repo, ...identity, ...args)).rejects.toMatchObject({ kind: 'conflict' });

    await stop('merge', '--quiet', 'other');
    expect(await operationInProgress(repo)).toBe('merge');
    expect(await operationInProgress(path.join(repo, 'posts'))).toBe('merge');
    await git(repo, 'merge', '--abort');

    await stop('cherry-pick', other);
    expect(await operationInProgress(repo)).toBe('cherry-pick');
    await git(repo, 'cherry-pick', '--abort');

    await commitFiles(repo, { 'a.md': 'mine again\n' });
    await stop('revert', '--no-edit', 'HEAD~1');
    expect(await operationInProgress(repo)).toBe('revert');
    await git(repo, 'revert', '--abort');

    await stop('rebase', 'other');
    expect(await operationInProgress(path.join(repo, 'posts'))).toBe('rebase');
  });
});

describe('abortRebase', () => {
  it('puts back the local commit, the tree and the autostash after a conflicting pull', async () => {
    const { origin, repo } = await publishedRepository(sandbox.path, { 'post.md': 'title\nbody\n', 'notes.md': 'n' });
    await pushFromElsewhere(sandbox.path, origin, { 'post.md': 'title\ntheir body\n' });
    const mine = await commitFiles(repo, { 'post.md': 'title\nmy body\n' }, 'Mine');
    await fs.writeFile(path.join(repo, 'notes.md'), 'unstaged edit in another file');

    await expect(gitPullRebase(repo, { remote: 'origin', branch: 'main' })).rejects.toMatchObject({ kind: 'conflict' });
    expect(await operationInProgress(repo)).toBe('rebase');
    await abortRebase(repo);

    expect(await operationInProgress(repo)).toBeNull();
    expect(await git(repo, 'rev-parse', 'HEAD')).toBe(mine);
    expect(await git(repo, 'symbolic-ref', '--short', 'HEAD')).toBe('main');
    expect(await read(repo, 'post.md')).toBe('title\nmy body\n');
    expect(await read(repo, 'notes.md')).toBe('unstaged edit in another file');
    expect(await git(repo, 'status', '--porcelain')).toBe('M notes.md');
    expect(await git(repo, 'stash', 'list')).toBe('');
  });

  it('fails with a typed error when no rebase is in progress', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await expect(abortRebase(repo)).rejects.toMatchObject({ name: 'GitError', kind: 'failed' });
  });
});
