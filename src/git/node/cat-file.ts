import { GitError } from './git-error';
import { runGit } from './run-git';

/** What git says when the ref or the path in it is not there. */
const notThere =
  /invalid object name|not a valid object name|path '.*' (does not exist|exists on disk, but not|exists, but not)/i;

/**
 * Whether `repoRelativePath` (POSIX, from the top of the repository) exists in the tree of
 * `ref`. False when the ref or the path is missing; any other failure throws a GitError.
 */
export async function pathExistsAt(repo: string, ref: string, repoRelativePath: string): Promise<boolean> {
  try {
    // `--end-of-options` keeps a ref that starts with a dash from being read as an option.
    await runGit(['cat-file', '-e', '--end-of-options', `${ref}:${repoRelativePath}`], repo);
    return true;
  } catch (error) {
    if (error instanceof GitError && error.kind === 'failed' && notThere.test(error.stderr)) return false;
    throw error;
  }
}
