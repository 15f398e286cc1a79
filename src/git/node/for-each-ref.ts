import { runGit } from './run-git';

/**
 * The repository's remote-tracking branches by their short names (`origin/main`), sorted.
 * Symbolic refs such as `origin/HEAD` are left out: they only repeat another branch.
 */
export async function remoteTrackingRefs(repo: string): Promise<string[]> {
  // Ref names cannot contain spaces, so a space separates the two fields safely.
  const { stdout } = await runGit(['for-each-ref', '--format=%(refname:short) %(symref)', 'refs/remotes'], repo);
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split(' '))
    .filter(([, symref]) => symref === '')
    .map(([name]) => name as string);
}

/** The repository's local branches by name (`main`, `drafts/day-2`), sorted. */
export async function localBranches(repo: string): Promise<string[]> {
  // The full name, cut here: git shortens `refs/heads/x` to `heads/x` when a tag `x` exists too.
  const { stdout } = await runGit(['for-each-ref', '--format=%(refname)', 'refs/heads'], repo);
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('refs/heads/'))
    .map((line) => line.slice('refs/heads/'.length));
}
