import { runGit } from './run-git';

/** Unstages `paths` (relative to `repo`), leaving the working tree as it is. */
export async function unstagePaths(repo: string, paths: string[]): Promise<void> {
  if (paths.length === 0) return;
  await runGit(['--literal-pathspecs', 'reset', '--quiet', '--', ...paths], repo);
}
