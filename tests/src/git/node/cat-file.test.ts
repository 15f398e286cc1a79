import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitAdd } from '../../../../src/git/node/add';
import { pathExistsAt } from '../../../../src/git/node/cat-file';
import { gitCommit } from '../../../../src/git/node/commit';
import { gitInit } from '../../../../src/git/node/init';
import { runGit } from '../../../../src/git/node/run-git';
import { isolateGit } from './git-env';

let repo: string;
let restore: () => void;

beforeEach(async () => {
  repo = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  ({ restore } = await isolateGit(path.dirname(repo)));
});

afterEach(async () => {
  restore();
  await fs.rm(repo, { recursive: true, force: true });
});

async function commitFiles(...names: string[]): Promise<void> {
  for (const name of names) {
    await fs.mkdir(path.dirname(path.join(repo, name)), { recursive: true });
    await fs.writeFile(path.join(repo, name), name);
  }
  await gitAdd(repo, names);
  await gitCommit(repo, 'Add files');
}

describe('pathExistsAt', () => {
  it('finds committed paths by their repository-relative path, odd names included', async () => {
    await gitInit(repo);
    await commitFiles('blog/_posts/2026-01-02-day-one.md', 'blog/-dash: and colon.md');
    expect(await pathExistsAt(repo, 'HEAD', 'blog/_posts/2026-01-02-day-one.md')).toBe(true);
    expect(await pathExistsAt(repo, 'main', 'blog/-dash: and colon.md')).toBe(true);
    // Asked from a subfolder the path still counts from the top of the repository.
    expect(await pathExistsAt(path.join(repo, 'blog'), 'HEAD', 'blog/_posts/2026-01-02-day-one.md')).toBe(true);
  });

  it('is false for a path missing from the ref, even when it is on disk or in another branch', async () => {
    await gitInit(repo);
    await commitFiles('a.md');
    await runGit(['checkout', '--quiet', '-b', 'other'], repo);
    await commitFiles('b.md');
    await fs.writeFile(path.join(repo, 'c.md'), 'not committed');
    expect(await pathExistsAt(repo, 'main', 'b.md')).toBe(false);
    expect(await pathExistsAt(repo, 'other', 'b.md')).toBe(true);
    expect(await pathExistsAt(repo, 'HEAD', 'c.md')).toBe(false);
    expect(await pathExistsAt(repo, 'HEAD', 'a.md/deeper.md')).toBe(false);
  });

  it('is false for a ref that does not exist, HEAD of an empty repository included', async () => {
    await gitInit(repo);
    expect(await pathExistsAt(repo, 'HEAD', 'a.md')).toBe(false);
    await commitFiles('a.md');
    expect(await pathExistsAt(repo, 'origin/main', 'a.md')).toBe(false);
  });

  it('throws a typed error for failures other than "not there"', async () => {
    await expect(pathExistsAt(repo, 'HEAD', 'a.md')).rejects.toMatchObject({
      name: 'GitError',
      kind: 'not-a-repository',
    });
  });
});
