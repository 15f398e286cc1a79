import { describe, expect, it } from 'vitest';
import { keepCommit } from '../../../../src/git/node/update-ref';
import { useGitSandbox } from './git-env';
import { commitFiles, git, workRepository } from './repo-fixtures';

const sandbox = useGitSandbox();

describe('keepCommit', () => {
  it('keeps a commit reachable after the branch drops it and git collects garbage', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    const dropped = await commitFiles(repo, { 'b.md': 'b' });
    await keepCommit(repo, 'last-publish', dropped);
    await git(repo, 'reset', '--quiet', '--hard', 'HEAD~1');
    await git(repo, 'reflog', 'expire', '--expire=now', '--all');
    await git(repo, 'gc', '--quiet', '--prune=now');
    expect(await git(repo, 'rev-parse', 'refs/lanyard/last-publish')).toBe(dropped);
    expect(await git(repo, 'cat-file', '-t', dropped)).toBe('commit');
  });

  it('moves the ref on to a later commit', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await keepCommit(repo, 'last-publish', await git(repo, 'rev-parse', 'HEAD'));
    const later = await commitFiles(repo, { 'b.md': 'b' });
    await keepCommit(repo, 'last-publish', later);
    expect(await git(repo, 'rev-parse', 'refs/lanyard/last-publish')).toBe(later);
  });

  it('refuses a name outside [a-z0-9-] and anything but a full commit id', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    const head = await git(repo, 'rev-parse', 'HEAD');
    for (const name of ['', 'Last', '../heads/main', 'a/b', 'x y']) {
      await expect(keepCommit(repo, name, head)).rejects.toMatchObject({
        name: 'LanyardError',
        code: 'invalid-argument',
      });
    }
    for (const oid of ['HEAD', head.slice(0, 12), '-d', `${head} `]) {
      await expect(keepCommit(repo, 'kept', oid)).rejects.toMatchObject({
        name: 'LanyardError',
        code: 'invalid-argument',
      });
    }
    expect(await git(repo, 'for-each-ref', 'refs/lanyard')).toBe('');
  });

  it('fails with a typed error for a commit the repository does not have', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await expect(keepCommit(repo, 'kept', 'f'.repeat(40))).rejects.toMatchObject({ name: 'GitError' });
  });
});
