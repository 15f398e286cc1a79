import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitAdd } from '../../../../src/git/node/add';
import { gitCommit } from '../../../../src/git/node/commit';
import { gitInit } from '../../../../src/git/node/init';
import { runGit } from '../../../../src/git/node/run-git';
import { publishStateOf } from '../../../../src/posts/node/publish-state';
import { useGitSandbox } from '../../git/node/git-env';

const post = '_posts/2026-11-23-keynote.md';
const sandbox = useGitSandbox();

const git = (repo: string, ...args: string[]) => runGit(args, repo);

async function writePost(site: string, id: string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(site, id)), { recursive: true });
  await fs.writeFile(path.join(site, id), `---\ntitle: ${id}\n---\n`);
}

async function commitAll(repo: string, message: string): Promise<void> {
  await gitAdd(repo, 'all');
  await gitCommit(repo, message);
}

/** A bare repository as the remote, and a clone of it that tracks `origin/main`. */
async function clonedSite(): Promise<string> {
  const remote = path.join(sandbox.path, 'remote.git');
  await runGit(['-c', 'init.defaultBranch=main', 'init', '--quiet', '--bare', remote], sandbox.path);
  const seed = path.join(sandbox.path, 'seed');
  await fs.mkdir(seed);
  await gitInit(seed);
  await fs.writeFile(path.join(seed, '_config.yml'), 'title: Blog\n');
  await commitAll(seed, 'Start');
  await git(seed, 'push', '--quiet', remote, 'main');
  const clone = path.join(sandbox.path, 'clone');
  await runGit(['clone', '--quiet', remote, clone], sandbox.path);
  return clone;
}

describe('publishStateOf', () => {
  it('is published once the post is pushed to the upstream branch', async () => {
    const site = await clonedSite();
    await writePost(site, post);
    await commitAll(site, 'Keynote');
    await git(site, 'push', '--quiet');
    expect(await publishStateOf(site, post)).toBe('published');
  });

  it('is unpublished for a draft even when its file is pushed, since a draft has no URL', async () => {
    const site = await clonedSite();
    await writePost(site, '_drafts/packing.md');
    await commitAll(site, 'Draft');
    await git(site, 'push', '--quiet');
    expect(await publishStateOf(site, '_drafts/packing.md')).toBe('published');
    expect(await publishStateOf(site, '_drafts/packing.md', true)).toBe('unpublished');
  });

  it('is unpublished for a new post, and still for one committed but not pushed', async () => {
    const site = await clonedSite();
    await writePost(site, post);
    expect(await publishStateOf(site, post)).toBe('unpublished');
    await commitAll(site, 'Keynote');
    expect(await publishStateOf(site, post)).toBe('unpublished');
  });

  it('judges by the upstream only, not by other remote branches', async () => {
    const site = await clonedSite();
    await git(site, 'checkout', '--quiet', '-b', 'preview');
    await writePost(site, post);
    await commitAll(site, 'Keynote');
    await git(site, 'push', '--quiet', 'origin', 'preview');
    await git(site, 'checkout', '--quiet', 'main');
    await git(site, 'merge', '--quiet', 'preview');
    expect(await publishStateOf(site, post)).toBe('unpublished');
  });

  it('without an upstream, is published when any remote branch has the post', async () => {
    const site = await clonedSite();
    await writePost(site, post);
    await commitAll(site, 'Keynote');
    await git(site, 'push', '--quiet', 'origin', 'main:preview');
    await git(site, 'checkout', '--quiet', '-b', 'local-only');
    expect(await publishStateOf(site, post)).toBe('published');
    expect(await publishStateOf(site, '_posts/2026-11-24-other.md')).toBe('unpublished');
    await git(site, 'checkout', '--quiet', '--detach');
    expect(await publishStateOf(site, post)).toBe('published');
  });

  it('with no remote at all, is unknown once committed and unpublished before', async () => {
    const site = path.join(sandbox.path, 'site');
    await fs.mkdir(site);
    await gitInit(site);
    await writePost(site, post);
    expect(await publishStateOf(site, post)).toBe('unpublished');
    await commitAll(site, 'Keynote');
    expect(await publishStateOf(site, post)).toBe('unknown');
  });

  it('finds the post when the site is a subfolder of the repository', async () => {
    const repo = await clonedSite();
    const site = path.join(repo, 'sites', 'event blog');
    await writePost(site, post);
    await writePost(repo, '_posts/2026-11-24-top-level.md');
    await commitAll(repo, 'Keynote');
    await git(repo, 'push', '--quiet');
    expect(await publishStateOf(site, post)).toBe('published');
    expect(await publishStateOf(site, '_posts/2026-11-24-top-level.md')).toBe('unpublished');
    expect(await publishStateOf(repo, post)).toBe('unpublished');
  });

  it('is unknown outside git and when git is not installed', async () => {
    const site = path.join(sandbox.path, 'plain');
    await writePost(site, post);
    expect(await publishStateOf(site, post)).toBe('unknown');

    const repo = await clonedSite();
    await writePost(repo, post);
    process.env.PATH = path.join(sandbox.path, 'no-such-bin');
    expect(await publishStateOf(repo, post)).toBe('unknown');
  });
});
