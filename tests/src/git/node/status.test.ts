import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitInit } from '../../../../src/git/node/init';
import { gitStatus } from '../../../../src/git/node/status';
import {
  commitFiles,
  git,
  identity,
  publishedRepository,
  pushFromElsewhere,
  workRepository,
  writeFiles,
} from './repo-fixtures';
import { useGitSandbox } from './git-env';

const sandbox = useGitSandbox();

describe('gitStatus', () => {
  it('describes a clean branch with no upstream', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    const head = await git(repo, 'rev-parse', 'HEAD');
    expect(await gitStatus(repo)).toEqual({ branch: 'main', head, upstream: null, ahead: 0, behind: 0, entries: [] });
  });

  it('lists each kind of change with its repository-relative path, asked from a subfolder too', async () => {
    const repo = await workRepository(sandbox.path, 'blog', {
      'posts/day one.md': 'one',
      'posts/old.md': 'old',
      'posts/gone.md': 'gone',
      'posts/staged-gone.md': 'gone',
      'script.sh': 'echo',
    });
    await writeFiles(repo, {
      'posts/day one.md': 'one, edited',
      'posts/added.md': 'new',
      'posts/new/deep/untracked.md': 'u',
      '.gitignore': 'ignored.md\n',
      'ignored.md': 'never listed',
    });
    await git(repo, 'add', 'posts/added.md');
    await git(repo, 'mv', 'posts/old.md', 'posts/renamed.md');
    await git(repo, 'rm', '--quiet', 'posts/staged-gone.md');
    await fs.rm(path.join(repo, 'posts/gone.md'));
    await fs.rm(path.join(repo, 'script.sh'));
    await fs.symlink('elsewhere', path.join(repo, 'script.sh'));

    const expected = [
      { path: '.gitignore', originalPath: null, kind: 'untracked', staged: false },
      { path: 'posts/added.md', originalPath: null, kind: 'added', staged: true },
      { path: 'posts/day one.md', originalPath: null, kind: 'modified', staged: false },
      { path: 'posts/gone.md', originalPath: null, kind: 'deleted', staged: false },
      { path: 'posts/new/deep/untracked.md', originalPath: null, kind: 'untracked', staged: false },
      { path: 'posts/renamed.md', originalPath: 'posts/old.md', kind: 'renamed', staged: true },
      { path: 'posts/staged-gone.md', originalPath: null, kind: 'deleted', staged: true },
      { path: 'script.sh', originalPath: null, kind: 'type-changed', staged: false },
    ];
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
    expect((await gitStatus(repo)).entries.sort(byPath)).toEqual(expected);
    expect((await gitStatus(path.join(repo, 'posts', 'new'))).entries.sort(byPath)).toEqual(expected);
  });

  it('counts commits ahead of and behind the upstream', async () => {
    const { origin, repo } = await publishedRepository(sandbox.path, { 'a.md': 'a' });
    expect(await gitStatus(repo)).toMatchObject({ branch: 'main', upstream: 'origin/main', ahead: 0, behind: 0 });
    await commitFiles(repo, { 'b.md': 'b' });
    await commitFiles(repo, { 'c.md': 'c' });
    await pushFromElsewhere(sandbox.path, origin, { 'd.md': 'd' });
    await git(repo, 'fetch', '--quiet');
    expect(await gitStatus(repo)).toMatchObject({ upstream: 'origin/main', ahead: 2, behind: 1 });
  });

  it('has no upstream while the configured one was never fetched', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await git(repo, 'remote', 'add', 'origin', path.join(sandbox.path, 'nowhere.git'));
    await git(repo, 'config', 'branch.main.remote', 'origin');
    await git(repo, 'config', 'branch.main.merge', 'refs/heads/main');
    expect(await gitStatus(repo)).toMatchObject({ upstream: null, ahead: 0, behind: 0 });
  });

  it('has no branch on a detached HEAD', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await git(repo, 'checkout', '--quiet', '--detach');
    const head = await git(repo, 'rev-parse', 'HEAD');
    expect(await gitStatus(repo)).toMatchObject({ branch: null, head });
  });

  it('has a branch but no head in a repository without commits', async () => {
    const repo = path.join(sandbox.path, 'blog');
    await fs.mkdir(repo);
    await gitInit(repo);
    await writeFiles(repo, { 'a.md': 'a' });
    expect(await gitStatus(repo)).toEqual({
      branch: 'main',
      head: null,
      upstream: null,
      ahead: 0,
      behind: 0,
      entries: [{ path: 'a.md', originalPath: null, kind: 'untracked', staged: false }],
    });
  });

  it('marks both-modified paths of a stopped merge as conflicted', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'base\n', 'b.md': 'b' });
    await git(repo, 'checkout', '--quiet', '-b', 'other');
    await commitFiles(repo, { 'a.md': 'theirs\n' });
    await git(repo, 'checkout', '--quiet', 'main');
    await commitFiles(repo, { 'a.md': 'mine\n', 'b.md': 'b2' });
    await expect(git(repo, ...identity, 'merge', '--quiet', 'other')).rejects.toMatchObject({ kind: 'conflict' });
    expect((await gitStatus(repo)).entries).toEqual([
      { path: 'a.md', originalPath: null, kind: 'conflicted', staged: false },
    ]);
  });

  it('fails with a typed error outside a repository', async () => {
    await expect(gitStatus(sandbox.path)).rejects.toMatchObject({ name: 'GitError', kind: 'not-a-repository' });
  });
});
