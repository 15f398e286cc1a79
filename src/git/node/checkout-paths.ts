import { runGit } from './run-git';

/**
 * Puts `paths` (relative to `repo`) back as HEAD has them, in the index and the working tree,
 * which also settles a conflict on them.
 */
export async function checkoutPathsFromHead(repo: string, paths: string[]): Promise<void> {
  if (paths.length === 0) return;
  await runGit(['--literal-pathspecs', 'checkout', 'HEAD', '--', ...paths], repo);
}
