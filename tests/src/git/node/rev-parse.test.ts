import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { gitAdd } from '../../../../src/git/node/add';
import { pathExistsAt } from '../../../../src/git/node/cat-file';
import { gitCommit } from '../../../../src/git/node/commit';
import { withGitContext } from '../../../../src/git/node/git-context';
import { gitInit } from '../../../../src/git/node/init';
import {
  isInsideWorkTree,
  prefixOf,
  resolveCommit,
  upstreamOf,
  workTreePlace,
  workTreeState,
} from '../../../../src/git/node/rev-parse';
import { runGit } from '../../../../src/git/node/run-git';
import { useGitSandbox } from './git-env';
import { identity } from './repo-fixtures';

const sandbox = useGitSandbox();
let repo: string;

beforeEach(async () => {
  repo = path.join(sandbox.path, 'work');
  await fs.mkdir(repo);
});

const git = async (...args: string[]) => (await runGit(args, repo)).stdout.trim();

async function commitFile(name: string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(repo, name)), { recursive: true });
  await fs.writeFile(path.join(repo, name), name);
  await gitAdd(repo, [name]);
  await gitCommit(repo, `Add ${name}`);
}

/** A bare repository beside the work repository, added as `origin`. */
async function addOrigin(): Promise<void> {
  const remote = path.join(sandbox.path, 'remote.git');
  await runGit(['-c', 'init.defaultBranch=main', 'init', '--quiet', '--bare', remote], sandbox.path);
  await git('remote', 'add', 'origin', remote);
}

describe('upstreamOf', () => {
  it('names the remote branch the current branch tracks', async () => {
    await gitInit(repo);
    await commitFile('a.md');
    await addOrigin();
    await git('push', '--quiet', '--set-upstream', 'origin', 'main');
    expect(await upstreamOf(repo)).toBe('origin/main');
  });

  it('is null without an upstream, on a detached HEAD and in a repository without commits', async () => {
    await gitInit(repo);
    expect(await upstreamOf(repo)).toBeNull();
    await commitFile('a.md');
    expect(await upstreamOf(repo)).toBeNull();
    await git('checkout', '--quiet', '--detach');
    expect(await upstreamOf(repo)).toBeNull();
  });

  it('is null while the configured upstream has never been fetched', async () => {
    await gitInit(repo);
    await commitFile('a.md');
    await addOrigin();
    await git('config', 'branch.main.remote', 'origin');
    await git('config', 'branch.main.merge', 'refs/heads/main');
    expect(await upstreamOf(repo)).toBeNull();
  });

  it('is null when the upstream is a local branch, which publishes nothing', async () => {
    await gitInit(repo);
    await commitFile('a.md');
    await git('checkout', '--quiet', '-b', 'draft');
    await git('branch', '--quiet', '--set-upstream-to=main');
    expect(await upstreamOf(repo)).toBeNull();
  });

  it('answers a name git reads back as the remote branch even when a local branch shadows it', async () => {
    await gitInit(repo);
    await commitFile('a.md');
    await addOrigin();
    await git('push', '--quiet', '--set-upstream', 'origin', 'main');
    await git('checkout', '--quiet', '-b', 'origin/main');
    await commitFile('local-only.md');
    await git('checkout', '--quiet', 'main');
    const upstream = await upstreamOf(repo);
    expect(upstream).toBe('remotes/origin/main');
    expect(await pathExistsAt(repo, upstream ?? '', 'local-only.md')).toBe(false);
  });

  it('fails with a typed error outside a repository', async () => {
    await expect(upstreamOf(repo)).rejects.toMatchObject({ name: 'GitError', kind: 'not-a-repository' });
  });
});

describe('isInsideWorkTree', () => {
  it('is true in a working tree and any folder below it', async () => {
    await gitInit(repo);
    await fs.mkdir(path.join(repo, 'blog', '_posts'), { recursive: true });
    expect(await isInsideWorkTree(repo)).toBe(true);
    expect(await isInsideWorkTree(path.join(repo, 'blog', '_posts'))).toBe(true);
  });

  it('is false outside a repository, in a bare repository and inside .git', async () => {
    expect(await isInsideWorkTree(repo)).toBe(false);
    await gitInit(repo);
    await addOrigin();
    expect(await isInsideWorkTree(path.join(sandbox.path, 'remote.git'))).toBe(false);
    expect(await isInsideWorkTree(path.join(repo, '.git'))).toBe(false);
  });

  it('fails with not-installed when there is no git', async () => {
    process.env.PATH = path.join(sandbox.path, 'no-such-bin');
    await expect(isInsideWorkTree(repo)).rejects.toMatchObject({ name: 'GitError', kind: 'not-installed' });
  });
});

describe('prefixOf', () => {
  it('is empty at the top and the folder path with a slash below it, spaces kept', async () => {
    await gitInit(repo);
    const site = path.join(repo, 'sites', 'event blog ');
    await fs.mkdir(site, { recursive: true });
    expect(await prefixOf(repo)).toBe('');
    expect(await prefixOf(site)).toBe('sites/event blog /');
  });
});

describe('workTreePlace', () => {
  it('is the working tree’s top folder and the folder’s prefix, asked from anywhere inside it', async () => {
    await gitInit(repo);
    const site = path.join(repo, 'sites', 'event blog');
    await fs.mkdir(site, { recursive: true });
    const top = await fs.realpath(repo);
    expect(await workTreePlace(repo)).toEqual({ topLevel: top, prefix: '' });
    expect(await workTreePlace(site)).toEqual({ topLevel: top, prefix: 'sites/event blog/' });
  });

  it('is null outside a repository and inside its .git folder', async () => {
    expect(await workTreePlace(repo)).toBeNull();
    await gitInit(repo);
    expect(await workTreePlace(path.join(repo, '.git'))).toBeNull();
  });
});

describe('workTreeState', () => {
  it('is the place and the operation stopped half-way, asked with one git command from anywhere inside', async () => {
    await gitInit(repo);
    await commitFile('a.md');
    await git('checkout', '--quiet', '-b', 'other');
    await fs.writeFile(path.join(repo, 'a.md'), 'theirs');
    await git(...identity, 'commit', '--quiet', '--all', '-m', 'Theirs');
    await git('checkout', '--quiet', 'main');
    await fs.writeFile(path.join(repo, 'a.md'), 'mine');
    await git(...identity, 'commit', '--quiet', '--all', '-m', 'Mine');
    const site = path.join(repo, 'sites', 'event blog');
    await fs.mkdir(site, { recursive: true });
    const top = await fs.realpath(repo);
    const commands: string[][] = [];
    const state = (folder: string) =>
      withGitContext({ onCommand: (record) => commands.push([...record.args]) }, () => workTreeState(folder));

    expect(await state(repo)).toEqual({ topLevel: top, prefix: '', operation: null });
    await expect(git(...identity, 'merge', '--quiet', 'other')).rejects.toMatchObject({ kind: 'conflict' });
    expect(await state(site)).toEqual({ topLevel: top, prefix: 'sites/event blog/', operation: 'merge' });
    await git('merge', '--abort');
    await expect(git(...identity, 'rebase', '--quiet', 'other')).rejects.toMatchObject({ kind: 'conflict' });
    expect(await state(repo)).toMatchObject({ operation: 'rebase' });
    expect(commands.map((args) => args[0])).toEqual(['rev-parse', 'rev-parse', 'rev-parse']);
  });

  it('is null outside a repository, in a bare one and inside .git', async () => {
    expect(await workTreeState(repo)).toBeNull();
    await gitInit(repo);
    await addOrigin();
    expect(await workTreeState(path.join(sandbox.path, 'remote.git'))).toBeNull();
    expect(await workTreeState(path.join(repo, '.git'))).toBeNull();
  });
});

describe('resolveCommit', () => {
  it('answers the full id of the commit a branch, tag, HEAD or short id names', async () => {
    await gitInit(repo);
    await commitFile('a.md');
    const head = await git('rev-parse', 'HEAD');
    await git(...identity, 'tag', '-a', '-m', 'Release', 'v1');
    expect(await resolveCommit(repo, 'HEAD')).toBe(head);
    expect(await resolveCommit(repo, 'main')).toBe(head);
    expect(await resolveCommit(repo, 'v1')).toBe(head);
    expect(await resolveCommit(repo, head.slice(0, 10))).toBe(head);
  });

  it('is null for what names no commit: a missing ref, an empty repository’s HEAD, a tree, an option', async () => {
    await gitInit(repo);
    expect(await resolveCommit(repo, 'HEAD')).toBeNull();
    await commitFile('a.md');
    expect(await resolveCommit(repo, 'origin/main')).toBeNull();
    expect(await resolveCommit(repo, 'HEAD^{tree}')).toBeNull();
    expect(await resolveCommit(repo, '--all')).toBeNull();
  });

  it('fails with a typed error outside a repository', async () => {
    await expect(resolveCommit(repo, 'HEAD')).rejects.toMatchObject({ name: 'GitError', kind: 'not-a-repository' });
  });
});
