import { runGit } from './run-git';

/** Abandons a cherry-pick or revert that stopped for conflicts, putting the branch back as it was. */
export async function abortSequence(repo: string, operation: 'cherry-pick' | 'revert'): Promise<void> {
  await runGit([operation, '--abort'], repo);
}
