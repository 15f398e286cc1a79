import { runGit } from './run-git';

/** The repository-relative paths that still have unresolved conflicts, even when `repo` is a subfolder. */
export async function conflictedPaths(repo: string): Promise<string[]> {
  const { stdout } = await runGit(['diff', '--name-only', '--diff-filter=U', '-z'], repo);
  return stdout.split('\0').filter((name) => name !== '');
}

/**
 * The repository-relative paths whose working-tree file differs from the index (edits not
 * staged), conflicted ones left out, even when `repo` is a subfolder.
 */
export async function unstagedPaths(repo: string): Promise<string[]> {
  const [{ stdout }, conflicted] = await Promise.all([
    runGit(['diff', '--name-only', '--no-renames', '-z'], repo),
    conflictedPaths(repo),
  ]);
  const skip = new Set(conflicted);
  return stdout.split('\0').filter((name) => name !== '' && !skip.has(name));
}

/**
 * Which of `paths` (relative to `repo`) differ in the working tree from HEAD, repository-relative.
 * Only paths git knows count: tracked, staged, or in HEAD.
 */
export async function changedFromHead(repo: string, paths: string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const { stdout } = await runGit(
    ['--literal-pathspecs', 'diff', '--name-only', '--no-renames', '-z', 'HEAD', '--', ...paths],
    repo,
  );
  return stdout.split('\0').filter((name) => name !== '');
}
