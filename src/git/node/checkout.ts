import { LanyardError } from '../../api/lanyard-error';
import { runGit } from './run-git';

/**
 * Checks out `branch`, keeping uncommitted changes that do not clash with it (git refuses
 * when they do). A branch that exists only on one remote is created to track it.
 */
export async function switchBranch(repo: string, branch: string): Promise<void> {
  // checkout reads a leading dash as an option even before `--`, and ignores --end-of-options.
  if (branch === '' || branch.startsWith('-')) {
    throw new LanyardError('invalid-argument', `"${branch}" is not a branch name.`);
  }
  await runGit(['checkout', '--quiet', branch, '--'], repo);
}
