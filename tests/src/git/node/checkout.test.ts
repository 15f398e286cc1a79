import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { switchBranch } from '../../../../src/git/node/checkout';
import { useGitSandbox } from './git-env';
import { commitFiles, git, publishedRepository, workRepository } from './repo-fixtures';

const sandbox = useGitSandbox();
const branchOf = (repo: string) => git(repo, 'symbolic-ref', '--short', 'HEAD');

describe('switchBranch', () => {
  it('checks out a branch from a detached HEAD, keeping unrelated uncommitted edits', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a', 'b.md': 'b' });
    await git(repo, 'checkout', '--quiet', '-b', 'drafts');
    await commitFiles(repo, { 'draft.md': 'draft' });
    await git(repo, 'checkout', '--quiet', '--detach', 'main');
    await fs.writeFile(path.join(repo, 'b.md'), 'edited');
    await switchBranch(repo, 'drafts');
    expect(await branchOf(repo)).toBe('drafts');
    expect(await fs.readFile(path.join(repo, 'draft.md'), 'utf8')).toBe('draft');
    expect(await fs.readFile(path.join(repo, 'b.md'), 'utf8')).toBe('edited');
  });

  it('switches to a branch even when a file has the same name', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { drafts: 'a file called drafts' });
    await git(repo, 'branch', 'drafts');
    await fs.writeFile(path.join(repo, 'drafts'), 'edited');
    await switchBranch(repo, 'drafts');
    expect(await branchOf(repo)).toBe('drafts');
    expect(await fs.readFile(path.join(repo, 'drafts'), 'utf8')).toBe('edited');
  });

  it('creates a tracking branch for one that exists only on the remote', async () => {
    const { repo } = await publishedRepository(sandbox.path, { 'a.md': 'a' });
    await git(repo, 'push', '--quiet', 'origin', 'main:gh-pages');
    await git(repo, 'fetch', '--quiet');
    await switchBranch(repo, 'gh-pages');
    expect(await git(repo, 'rev-parse', '--abbrev-ref', '@{upstream}')).toBe('origin/gh-pages');
  });

  it('fails with a typed error for a missing branch, and refuses one read as an option', async () => {
    const repo = await workRepository(sandbox.path, 'blog', { 'a.md': 'a' });
    await expect(switchBranch(repo, 'nope')).rejects.toMatchObject({ name: 'GitError', kind: 'failed' });
    await fs.writeFile(path.join(repo, 'a.md'), 'unsaved work');
    await expect(switchBranch(repo, '-f')).rejects.toMatchObject({ name: 'LanyardError', code: 'invalid-argument' });
    expect(await fs.readFile(path.join(repo, 'a.md'), 'utf8')).toBe('unsaved work');
  });
});
