import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitAdd } from '../../../../src/git/node/add';
import { gitCommit } from '../../../../src/git/node/commit';
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

describe('gitAdd', () => {
  it('stages named paths only, even ones that look like options', async () => {
    await gitInit(dir);
    await fs.writeFile(path.join(dir, '--all'), 'odd name');
    await fs.writeFile(path.join(dir, 'other.md'), 'not staged');
    await gitAdd(dir, ['--all']);
    expect(await git('diff', '--cached', '--name-only')).toBe('--all');
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
