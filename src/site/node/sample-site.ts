import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import { gitAdd } from '../../git/node/add';
import { gitCommit } from '../../git/node/commit';
import { GitError } from '../../git/node/git-error';
import { gitInit } from '../../git/node/init';

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

async function exists(target: string): Promise<boolean> {
  return fs.lstat(target).then(
    () => true,
    () => false,
  );
}

/**
 * Answers `<userDataDir>/sample-blog`, first copying the sample blog there and committing it
 * to a new git repository ("Sample blog") if there is nothing at that path yet. An existing
 * copy — the writer's edits included — is never touched. The copy is prepared beside the
 * target and renamed into place, so a crash never leaves half a blog. Without a working git
 * the blog is still copied; `onGitError` hears why it is not a repository.
 */
export async function ensureSampleSite(
  sampleSource: string,
  userDataDir: string,
  onGitError?: (error: GitError) => void,
): Promise<string> {
  const target = path.join(userDataDir, 'sample-blog');
  if (await exists(target)) return target;
  if (
    !(await fs.stat(sampleSource).then(
      (stats) => stats.isDirectory(),
      () => false,
    ))
  ) {
    throw new LanyardError(
      'not-found',
      `Lanyard's sample blog is missing from ${sampleSource}; reinstalling Lanyard restores it.`,
    );
  }
  await fs.mkdir(userDataDir, { recursive: true });
  const staging = await fs.mkdtemp(path.join(userDataDir, '.sample-blog-'));
  try {
    await fs.cp(sampleSource, staging, { recursive: true });
    try {
      await gitInit(staging);
      await gitAdd(staging, 'all');
      await gitCommit(staging, 'Sample blog');
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      onGitError?.(error);
      await fs.rm(path.join(staging, '.git'), { recursive: true, force: true });
    }
    if (await exists(target)) throw Object.assign(new Error('the sample blog appeared meanwhile'), { code: 'EEXIST' });
    await fs.rename(staging, target);
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    // Another Lanyard got there first: its copy is as good as ours.
    const code = errorCode(error);
    if ((code === 'EEXIST' || code === 'ENOTEMPTY') && (await exists(target))) return target;
    throw error;
  }
  return target;
}
