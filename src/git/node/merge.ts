import { runGit } from './run-git';

/** Abandons a merge that stopped for conflicts, putting the working tree back as it was. */
export async function abortMerge(repo: string): Promise<void> {
  await runGit(['merge', '--abort'], repo);
}
