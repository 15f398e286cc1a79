import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { abortRebase } from '../../../../src/git/node/rebase';
import { keepEditsAcrossAbort } from '../../../../src/publish/node/keep-edits-across-abort';
import { useGitSandbox } from '../../git/node/git-env';
import { commitFiles, git, identity, workRepository, writeFiles } from '../../git/node/repo-fixtures';

const sandbox = useGitSandbox();

/** A rebase stopped at a conflict in about.md, and post.md saved again while it waits. */
async function stoppedRebase(): Promise<string> {
  const repo = await workRepository(sandbox.path, 'blog', { 'post.md': 'base\n', 'about.md': 'base\n' });
  await git(repo, 'checkout', '--quiet', '-b', 'other');
  await commitFiles(repo, { 'about.md': 'theirs\n' });
  await git(repo, 'checkout', '--quiet', 'main');
  await commitFiles(repo, { 'about.md': 'mine\n' });
  await expect(git(repo, ...identity, 'rebase', 'other')).rejects.toMatchObject({ kind: 'conflict' });
  await writeFiles(repo, { 'post.md': 'the writer went on writing\n' });
  return repo;
}

describe('keepEditsAcrossAbort', () => {
  it('puts back the edits saved while a rebase waited, and drops the rebase’s own changes', async () => {
    const repo = await stoppedRebase();

    await keepEditsAcrossAbort(repo, () => abortRebase(repo));

    expect(await fs.readFile(path.join(repo, 'post.md'), 'utf8')).toBe('the writer went on writing\n');
    expect(await fs.readFile(path.join(repo, 'about.md'), 'utf8')).toBe('mine\n');
    await expect(fs.stat(path.join(repo, '.git', 'rebase-merge'))).rejects.toThrow();
  });

  it('without the help, the same abort loses the edit (what the help is for)', async () => {
    const repo = await stoppedRebase();
    await abortRebase(repo);
    expect(await fs.readFile(path.join(repo, 'post.md'), 'utf8')).toBe('base\n');
  });
});
