import { describe, expect, it } from 'vitest';
import { isAncestor } from '../../../../src/git/node/merge-base';
import { useGitSandbox } from './git-env';
import { commitFiles, git, workRepository } from './repo-fixtures';

const sandbox = useGitSandbox();

describe('isAncestor', () => {
  it('is true for a commit in the history and for the commit itself, false otherwise', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    const first = await git(repo, 'rev-parse', 'HEAD');
    await git(repo, 'checkout', '--quiet', '-b', 'side');
    const side = await commitFiles(repo, { 'side.md': 'side' });
    await git(repo, 'checkout', '--quiet', 'main');
    const second = await commitFiles(repo, { 'b.md': 'b' });
    expect(await isAncestor(repo, first, second)).toBe(true);
    expect(await isAncestor(repo, 'main', 'main')).toBe(true);
    expect(await isAncestor(repo, second, first)).toBe(false);
    expect(await isAncestor(repo, side, 'main')).toBe(false);
  });

  it('fails with a typed error for a revision that names no commit', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await expect(isAncestor(repo, 'no-such-branch', 'main')).rejects.toMatchObject({ name: 'GitError' });
    await expect(isAncestor(repo, '--all', 'main')).rejects.toMatchObject({ name: 'GitError' });
  });
});
