import { runGit } from './run-git';

/** The repository-relative paths that still have unresolved conflicts, even when `repo` is a subfolder. */
export async function conflictedPaths(repo: string): Promise<string[]> {
  const { stdout } = await runGit(['diff', '--name-only', '--diff-filter=U', '-z'], repo);
  return stdout.split('\0').filter((name) => name !== '');
}
