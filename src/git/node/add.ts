import { runGit } from './run-git';

/** Stages `paths` (repository-relative), or every change in the working tree when given `'all'`. */
export async function gitAdd(dir: string, paths: string[] | 'all'): Promise<void> {
  if (paths === 'all') {
    await runGit(['add', '--all'], dir);
  } else if (paths.length > 0) {
    // `--` keeps a path that starts with a dash from being read as an option.
    await runGit(['add', '--', ...paths], dir);
  }
}
