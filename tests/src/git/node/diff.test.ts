import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFromHead, conflictedPaths, unstagedPaths } from '../../../../src/git/node/diff';
import { useGitSandbox } from './git-env';
import { commitFiles, git, identity, workRepository, writeFiles } from './repo-fixtures';

const sandbox = useGitSandbox();

describe('conflictedPaths', () => {
  it('is empty without conflicts, changed files notwithstanding', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await writeFiles(repo, { 'a.md': 'edited', 'new.md': 'new' });
    expect(await conflictedPaths(repo)).toEqual([]);
  });

  it('lists each conflicted path once, repository-relative, from a subfolder too', async () => {
    const files = { 'posts/day one.md': 'base\n', 'posts/day two.md': 'base\n', 'about.md': 'base\n' };
    const repo = await workRepository(sandbox.path, 'blog', files);
    await git(repo, 'checkout', '--quiet', '-b', 'other');
    await commitFiles(repo, { 'posts/day one.md': 'theirs\n', 'about.md': 'theirs\n' });
    await git(repo, 'checkout', '--quiet', 'main');
    await commitFiles(repo, { 'posts/day one.md': 'mine\n', 'about.md': 'mine\n', 'posts/day two.md': 'mine\n' });
    await expect(git(repo, ...identity, 'merge', '--quiet', 'other')).rejects.toMatchObject({ kind: 'conflict' });
    expect(await conflictedPaths(repo)).toEqual(['about.md', 'posts/day one.md']);
    expect(await conflictedPaths(path.join(repo, 'posts'))).toEqual(['about.md', 'posts/day one.md']);
  });
});

describe('unstagedPaths', () => {
  it('lists edits not staged, leaving out staged and conflicted ones, from a subfolder too', async () => {
    const files = { 'posts/post.md': 'base\n', 'about.md': 'base\n', 'staged.md': 'base\n' };
    const repo = await workRepository(sandbox.path, 'blog', files);
    await git(repo, 'checkout', '--quiet', '-b', 'other');
    await commitFiles(repo, { 'about.md': 'theirs\n' });
    await git(repo, 'checkout', '--quiet', 'main');
    await commitFiles(repo, { 'about.md': 'mine\n' });
    await expect(git(repo, ...identity, 'merge', '--quiet', 'other')).rejects.toMatchObject({ kind: 'conflict' });
    await writeFiles(repo, { 'posts/post.md': 'written meanwhile\n', 'staged.md': 'staged\n', 'untracked.md': 'x' });
    await git(repo, 'add', 'staged.md');
    expect(await unstagedPaths(repo)).toEqual(['posts/post.md']);
    expect(await unstagedPaths(path.join(repo, 'posts'))).toEqual(['posts/post.md']);
  });
});

describe('changedFromHead', () => {
  it('lists the given paths whose folder version differs from HEAD, staged or not, from a subfolder too', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'posts/a.md': 'a', 'posts/b.md': 'b', 'c.md': 'c' });
    await writeFiles(repo, {
      'posts/a.md': 'edited',
      'posts/new.md': 'staged new',
      'posts/gone.md': 'staged, then deleted',
    });
    await git(repo, 'add', 'posts/new.md', 'posts/gone.md');
    await fs.rm(path.join(repo, 'posts/gone.md'));
    await fs.rm(path.join(repo, 'c.md'));
    const asked = ['posts/a.md', 'posts/b.md', 'posts/new.md', 'posts/gone.md', 'c.md'];
    expect(await changedFromHead(repo, asked)).toEqual(['c.md', 'posts/a.md', 'posts/new.md']);
    expect(await changedFromHead(path.join(repo, 'posts'), ['a.md', 'b.md'])).toEqual(['posts/a.md']);
    expect(await changedFromHead(repo, [])).toEqual([]);
  });
});
