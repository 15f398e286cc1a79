import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitError } from '../../../../src/git/node/git-error';
import { gitPullRebase } from '../../../../src/git/node/pull';
import { useGitSandbox } from './git-env';
import { commitFiles, git, publishedRepository, pushFromElsewhere } from './repo-fixtures';

const sandbox = useGitSandbox();
const read = (repo: string, name: string) => fs.readFile(path.join(repo, name), 'utf8');

/** A clone whose local commit and the remote's newer commit both change line two of post.md. */
async function divergedOnOneLine(): Promise<string> {
  const { origin, repo } = await publishedRepository(sandbox.path, { 'post.md': 'title\nbody\n' });
  await pushFromElsewhere(sandbox.path, origin, { 'post.md': 'title\ntheir body\n' });
  await commitFiles(repo, { 'post.md': 'title\nmy body\n' }, 'Mine');
  return repo;
}

describe('gitPullRebase', () => {
  it('replays local commits on top of the remote’s and keeps uncommitted work', async () => {
    const { origin, repo } = await publishedRepository(sandbox.path, { 'a.md': 'a' });
    await pushFromElsewhere(sandbox.path, origin, { 'theirs.md': 'theirs' });
    await commitFiles(repo, { 'mine.md': 'mine' }, 'Mine');
    await fs.writeFile(path.join(repo, 'a.md'), 'uncommitted edit');
    const lines: string[] = [];
    const pulled = await gitPullRebase(repo, {
      remote: 'origin',
      branch: 'main',
      onProgress: (line) => lines.push(line),
    });
    expect(pulled, 'the uncommitted edit was stashed around the rebase').toEqual({ autostashed: true, moved: true });
    expect(await git(repo, 'log', '--format=%s', '-3')).toBe('Mine\nElsewhere\nFirst');
    expect(await read(repo, 'theirs.md')).toBe('theirs');
    expect(await read(repo, 'a.md')).toBe('uncommitted edit');
    expect(lines.length).toBeGreaterThan(0);
    // Git knows no one in the sandbox: the replayed commit gets Lanyard as committer, like gitCommit's.
    expect(await git(repo, 'log', '-1', '--format=%cn')).toBe('Lanyard');
  });

  it('rejects with a conflict when both sides changed the same line, in git’s own words', async () => {
    const repo = await divergedOnOneLine();
    const error = await gitPullRebase(repo, { remote: 'origin', branch: 'main' }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GitError);
    expect(error).toMatchObject({ kind: 'conflict', message: expect.stringContaining('could not apply') as unknown });
    expect((error as GitError).stderr).toMatch(/could not apply/i);
    expect(await read(repo, 'post.md')).toContain('<<<<<<<');
  });

  it('keeps the local line when asked to keep mine', async () => {
    const repo = await divergedOnOneLine();
    expect(await gitPullRebase(repo, { remote: 'origin', branch: 'main', keep: 'mine' }), 'nothing to stash').toEqual({
      autostashed: false,
      moved: true,
    });
    expect(await read(repo, 'post.md')).toBe('title\nmy body\n');
    expect(await git(repo, 'log', '--format=%s', '-3')).toBe('Mine\nElsewhere\nFirst');
  });

  it('keeps the remote’s line when asked to keep theirs', async () => {
    const repo = await divergedOnOneLine();
    await gitPullRebase(repo, { remote: 'origin', branch: 'main', keep: 'theirs' });
    expect(await read(repo, 'post.md')).toBe('title\ntheir body\n');
  });

  it('says HEAD stayed only when the branch was already up to date', async () => {
    const { origin, repo } = await publishedRepository(sandbox.path, { 'a.md': 'a' });
    const mine = await commitFiles(repo, { 'mine.md': 'mine' }, 'Mine');
    await fs.writeFile(path.join(repo, 'a.md'), 'uncommitted edit');
    const pull = (keep?: 'mine') => gitPullRebase(repo, { remote: 'origin', branch: 'main', keep });
    expect(await pull()).toMatchObject({ moved: false });
    expect(await pull('mine'), 'a strategy does not force a rebase').toMatchObject({ moved: false });
    expect(await git(repo, 'rev-parse', 'HEAD')).toBe(mine);

    await git(repo, 'push', '--quiet');
    await pushFromElsewhere(sandbox.path, origin, { 'theirs.md': 'theirs' });
    expect(await pull(), 'a fast-forward').toMatchObject({ moved: true });
    expect(await pull()).toMatchObject({ moved: false });
  });

  it('refuses a branch that would be read as a refspec', async () => {
    const { repo } = await publishedRepository(sandbox.path, { 'a.md': 'a' });
    await expect(gitPullRebase(repo, { remote: 'origin', branch: 'main:refs/heads/x' })).rejects.toMatchObject({
      name: 'LanyardError',
      code: 'invalid-argument',
    });
    expect(await git(repo, 'branch', '--list', 'x')).toBe('');
  });
});
