import { GitError } from './git-error';
import { runGit } from './run-git';

/**
 * Whether commit `ancestor` is `descendant` or lies in its history. A revision that does not
 * name a commit fails with a GitError.
 */
export async function isAncestor(repo: string, ancestor: string, descendant: string): Promise<boolean> {
  try {
    await runGit(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant], repo);
    return true;
  } catch (error) {
    // Exit code 1 is git's plain "no"; 128 and others are real failures.
    if (error instanceof GitError && error.exitCode === 1) return false;
    throw error;
  }
}
