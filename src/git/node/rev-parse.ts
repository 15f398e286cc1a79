import path from 'node:path';
import { GitError } from './git-error';
import { operationFromMarkers, operationMarkerArgs, type GitOperation } from './rebase';
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

/** Where a folder sits in its working tree: the tree's top folder and the folder's prefix in it. */
export interface WorkTreePlace {
  topLevel: string;
  /** As `prefixOf` answers it. */
  prefix: string;
}

/** Runs `rev-parse --is-inside-work-tree --show-toplevel --show-prefix` and `more`; null outside a working tree. */
async function placeAnd(
  repo: string,
  more: readonly string[],
): Promise<{ place: WorkTreePlace; rest: string[] } | null> {
  let stdout: string;
  try {
    ({ stdout } = await runGit(
      ['rev-parse', '--is-inside-work-tree', '--show-toplevel', '--show-prefix', ...more],
      repo,
    ));
  } catch (error) {
    const outside = /not a git repository|must be run in a work tree/i;
    if (error instanceof GitError && (error.kind === 'not-a-repository' || outside.test(error.stderr))) return null;
    throw error;
  }
  const [inside = '', topLevel = '', prefix = '', ...rest] = stdout.replace(/\r?\n$/, '').split('\n');
  return inside === 'true' ? { place: { topLevel: path.resolve(topLevel), prefix }, rest } : null;
}

/**
 * `isInsideWorkTree`, the working tree's top folder and `prefixOf` in one git process: null outside a working
 * tree (no repository, a bare one, a `.git` folder).
 */
export async function workTreePlace(repo: string): Promise<WorkTreePlace | null> {
  return (await placeAnd(repo, []))?.place ?? null;
}

/** A working tree's place, and the operation it is in the middle of. */
export interface WorkTreeState extends WorkTreePlace {
  /** As `operationInProgress` answers it. */
  operation: GitOperation | null;
}

/** `workTreePlace` and `operationInProgress` in one git process; null outside a working tree. */
export async function workTreeState(repo: string): Promise<WorkTreeState | null> {
  const answer = await placeAnd(repo, operationMarkerArgs);
  if (answer === null) return null;
  return { ...answer.place, operation: await operationFromMarkers(repo, answer.rest) };
}

/**
 * The full id of the commit `rev` names (a branch, a tag, `HEAD`, an abbreviated id). Null
 * when it names no commit: a missing ref, HEAD of an empty repository, a tree or a blob.
 */
export async function resolveCommit(repo: string, rev: string): Promise<string | null> {
  try {
    // `--end-of-options` keeps a rev that starts with a dash from being read as an option.
    const { stdout } = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], repo);
    return stdout.trim();
  } catch (error) {
    // With --quiet, exit code 1 and no words is git's "does not resolve".
    if (error instanceof GitError && error.exitCode === 1) return null;
    throw error;
  }
}
