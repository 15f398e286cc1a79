import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { gitAdd } from '../../../../src/git/node/add';
import { gitCommit } from '../../../../src/git/node/commit';
import { gitInit } from '../../../../src/git/node/init';
import { runGit } from '../../../../src/git/node/run-git';
import { useGitSandbox } from './git-env';

const sandbox = useGitSandbox();
let dir: string;

beforeEach(async () => {
  dir = path.join(sandbox.path, 'blog');
  await fs.mkdir(dir);
});

const git = async (...args: string[]) => (await runGit(args, dir)).stdout.trim();

describe('gitAdd', () => {
  it('stages named paths only, even ones that look like options', async () => {
    await gitInit(dir);
    await fs.writeFile(path.join(dir, '--all'), 'odd name');
    await fs.writeFile(path.join(dir, 'other.md'), 'not staged');
    await gitAdd(dir, ['--all']);
    expect(await git('diff', '--cached', '--name-only')).toBe('--all');
  });

  it('stages a listed deletion, so both halves of a rename can be listed', async () => {
    await gitInit(dir);
    await fs.writeFile(path.join(dir, 'day-1.md'), 'a post long enough to be recognised as renamed');
    await fs.writeFile(path.join(dir, 'gone.md'), 'gone');
    await gitAdd(dir, 'all');
    await gitCommit(dir, 'First');
    await fs.rename(path.join(dir, 'day-1.md'), path.join(dir, 'day-one.md'));
    await fs.rm(path.join(dir, 'gone.md'));
    await gitAdd(dir, ['day-one.md', 'day-1.md', 'gone.md']);
    expect(await git('status', '--porcelain')).toBe('R  day-1.md -> day-one.md\nD  gone.md');
  });

  it('reads names literally, so * matches only a file called *', async () => {
    await gitInit(dir);
    await fs.writeFile(path.join(dir, '*.md'), 'star');
    await fs.writeFile(path.join(dir, 'other.md'), 'other');
    await gitAdd(dir, ['*.md']);
    expect(await git('diff', '--cached', '--name-only')).toBe('*.md');
  });
});
