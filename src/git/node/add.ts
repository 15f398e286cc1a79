import { runGit } from './run-git';

/**
 * Stages `paths` (repository-relative) exactly as they are in the working tree — a deleted
 * path is staged as deleted, so both halves of a rename can be listed — or every change in
 * the working tree when given `'all'`. Names are literal: `*` in one matches only itself.
 */
export async function gitAdd(dir: string, paths: string[] | 'all'): Promise<void> {
  if (paths === 'all') {
    await runGit(['add', '--all'], dir);
  } else if (paths.length > 0) {
    // `--` keeps a path that starts with a dash from being read as an option.
    await runGit(['--literal-pathspecs', 'add', '--all', '--', ...paths], dir);
  }
}
