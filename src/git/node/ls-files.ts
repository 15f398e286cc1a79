import { runGit } from './run-git';

/** Which of `paths` (relative to `repo`) the index holds, as paths relative to `repo`. */
export async function indexedPaths(repo: string, paths: string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const { stdout } = await runGit(['--literal-pathspecs', 'ls-files', '--cached', '-z', '--', ...paths], repo);
  return stdout.split('\0').filter((name) => name !== '');
}
