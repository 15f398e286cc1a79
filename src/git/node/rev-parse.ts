import { GitError } from './git-error';
import { runGit } from './run-git';

/** What git says when the current branch has no upstream it can resolve. */
const noUpstream =
  /no upstream configured|HEAD does not point to a branch|no such branch|unknown revision or path not in the working tree/i;

/**
 * The current branch's upstream as a remote-tracking ref, like `origin/main` (or
 * `remotes/origin/main` when a local branch of that name would shadow it). Null when HEAD is
 * detached, the branch has no upstream, its upstream was never fetched, or the upstream is a
 * local branch rather than one on a remote.
 */
export async function upstreamOf(repo: string): Promise<string | null> {
  let stdout: string;
  try {
    // Asked twice: the full name says whether it is on a remote, the short one is what git accepts back.
    ({ stdout } = await runGit(
      ['rev-parse', '--symbolic-full-name', '@{upstream}', '--abbrev-ref', '@{upstream}'],
      repo,
    ));
  } catch (error) {
    if (error instanceof GitError && error.kind === 'failed' && noUpstream.test(error.stderr)) return null;
    throw error;
  }
  const [fullName = '', shortName = ''] = stdout.split('\n');
  return fullName.startsWith('refs/remotes/') && shortName !== '' ? shortName : null;
}

/**
 * Whether `repo` lies inside a git working tree. False outside any repository and inside a
 * bare one or a `.git` folder; a missing git still fails with a `not-installed` GitError.
 */
export async function isInsideWorkTree(repo: string): Promise<boolean> {
  try {
    const { stdout } = await runGit(['rev-parse', '--is-inside-work-tree'], repo);
    return stdout.trim() === 'true';
  } catch (error) {
    if (error instanceof GitError && error.kind === 'not-a-repository') return false;
    throw error;
  }
}

/**
 * Where `repo` lies inside its working tree, as a POSIX path ending in `/` (`blog/`), or `''`
 * at the top. Prepended to a path relative to `repo`, it gives the repository-relative path.
 */
export async function prefixOf(repo: string): Promise<string> {
  const { stdout } = await runGit(['rev-parse', '--show-prefix'], repo);
  // Only the newline git adds is cut; a folder name may really end in a space.
  return stdout.replace(/\r?\n$/, '');
}
