import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitAdd } from '../../../../src/git/node/add';
import { gitCommit } from '../../../../src/git/node/commit';
import { withGitContext } from '../../../../src/git/node/git-context';
import { gitInit } from '../../../../src/git/node/init';
import { runGit } from '../../../../src/git/node/run-git';
import { isolateGit } from './git-env';

let dir: string;
let home: string;
let restore: () => void;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-repo-'));
  ({ home, restore } = await isolateGit(path.dirname(dir)));
});

afterEach(async () => {
  restore();
  await fs.rm(dir, { recursive: true, force: true });
});

const git = async (...args: string[]) => (await runGit(args, dir)).stdout.trim();

describe('gitInit', () => {
  it('starts on main even when the global default branch says otherwise', async () => {
    await fs.writeFile(path.join(home, '.gitconfig'), '[init]\n\tdefaultBranch = trunk\n');
    await gitInit(dir);
    expect(await git('symbolic-ref', 'HEAD')).toBe('refs/heads/main');
  });

  it('leaves an existing repository’s branch alone', async () => {
    await gitInit(dir);
    await fs.writeFile(path.join(dir, 'a.md'), 'a');
    await gitAdd(dir, 'all');
    await gitCommit(dir, 'First');
    await git('checkout', '--quiet', '-b', 'drafts');
    await gitInit(dir);
    expect(await git('symbolic-ref', 'HEAD')).toBe('refs/heads/drafts');
  });
});

describe('gitCommit', () => {
  it('commits on a machine with no git identity at all, as Lanyard', async () => {
    await gitInit(dir);
    await fs.writeFile(path.join(dir, 'post.md'), 'text');
    await gitAdd(dir, 'all');
    const id = await gitCommit(dir, 'Sample blog');
    expect(id).toMatch(/^[0-9a-f]{40}$/);
    expect(await git('log', '-1', '--format=%an <%ae>|%cn <%ce>|%s')).toBe(
      'Lanyard <lanyard@localhost>|Lanyard <lanyard@localhost>|Sample blog',
    );
    expect(await git('config', '--list', '--show-origin')).not.toContain('user.');
  });

  it('uses the writer’s identity when one is configured, filling in only what is missing', async () => {
    await gitInit(dir);
    await git('config', 'user.name', 'Ada Writer');
    await fs.writeFile(path.join(dir, 'post.md'), 'text');
    await gitAdd(dir, 'all');
    await gitCommit(dir, 'Mine');
    expect(await git('log', '-1', '--format=%an <%ae>')).toBe('Ada Writer <lanyard@localhost>');

    await git('config', 'user.email', 'ada@example.com');
    await fs.writeFile(path.join(dir, 'post.md'), 'more');
    await gitAdd(dir, ['post.md']);
    await gitCommit(dir, 'Mine again');
    expect(await git('log', '-1', '--format=%an <%ae>')).toBe('Ada Writer <ada@example.com>');
  });

  it('keeps the message exactly, and takes an explicit author', async () => {
    await gitInit(dir);
    await fs.writeFile(path.join(dir, 'post.md'), 'text');
    await gitAdd(dir, 'all');
    const message = 'Day 1: keynotes — $(rm -rf ~) `x` "quoted"\n\nSecond paragraph.';
    await gitCommit(dir, message, { author: { name: 'Guest Blogger', email: 'guest@example.com' } });
    expect(await git('log', '-1', '--format=%B')).toBe(message);
    expect(await git('log', '-1', '--format=%an <%ae>|%cn')).toBe('Guest Blogger <guest@example.com>|Lanyard');
  });

  it('commits only the given paths, leaving whatever else was staged staged', async () => {
    await gitInit(dir);
    await fs.writeFile(path.join(dir, 'post.md'), 'v1');
    await fs.writeFile(path.join(dir, 'config.toml'), 'title = "Blog"');
    await gitAdd(dir, 'all');
    await gitCommit(dir, 'First');
    await fs.writeFile(path.join(dir, 'post.md'), 'v2');
    await fs.writeFile(path.join(dir, 'config.toml'), 'title = "Staged by the writer"');
    await fs.writeFile(path.join(dir, '[draft].md'), 'new post');
    await gitAdd(dir, ['config.toml', '[draft].md']);
    await gitAdd(dir, ['[draft].md']);
    await gitCommit(dir, 'Publish', { paths: ['post.md', '[draft].md'] });
    expect(await git('show', '--name-only', '--format=%s', 'HEAD')).toBe('Publish\n\n[draft].md\npost.md');
    expect(await git('show', 'HEAD:post.md')).toBe('v2');
    expect(await git('status', '--porcelain')).toBe('M  config.toml');
  });

  it('commits a listed rename with both its paths', async () => {
    await gitInit(dir);
    await fs.writeFile(path.join(dir, 'day-1.md'), 'a post long enough to be recognised as renamed');
    await gitAdd(dir, 'all');
    await gitCommit(dir, 'First');
    await fs.rename(path.join(dir, 'day-1.md'), path.join(dir, 'day-one.md'));
    await gitAdd(dir, ['day-one.md', 'day-1.md']);
    await gitCommit(dir, 'Rename', { paths: ['day-one.md', 'day-1.md'] });
    expect(await git('show', '--name-status', '--format=', 'HEAD')).toMatch(/^R\d+\tday-1\.md\tday-one\.md$/);
    expect(await git('status', '--porcelain')).toBe('');
  });

  it('reads the new commit’s id off git’s summary when told the id length, without asking git again', async () => {
    await gitInit(dir);
    await fs.writeFile(path.join(dir, 'post.md'), 'v1');
    await gitAdd(dir, 'all');
    const commands: string[][] = [];
    const commit = (message: string, paths?: string[]) =>
      withGitContext({ onCommand: (record) => commands.push([...record.args]) }, () =>
        gitCommit(dir, message, { paths, idLength: 40 }),
      );

    // A subject that looks like a summary must not be taken for one; the first commit's summary says `(root-commit)`.
    const first = await commit(`[main ${'f'.repeat(40)}] Not the id`);
    expect(first).toBe(await git('rev-parse', 'HEAD'));
    await fs.writeFile(path.join(dir, 'post.md'), 'v2');
    const second = await commit('Second', ['post.md']);
    expect(second).toBe(await git('rev-parse', 'HEAD'));
    expect(second).not.toBe(first);
    expect(commands.filter((args) => args.includes('rev-parse'))).toEqual([]);
  });

  it('fails with a typed error when there is nothing to commit', async () => {
    await gitInit(dir);
    await expect(gitCommit(dir, 'Empty')).rejects.toMatchObject({
      name: 'GitError',
      kind: 'failed',
      exitCode: 1,
      message: expect.stringContaining('nothing to commit') as unknown,
    });
  });
});
