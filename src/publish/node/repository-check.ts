import { GitError } from '../../git/node/git-error';
import { localBranches } from '../../git/node/for-each-ref';
import { configuredRemoteNames } from '../../git/node/remote';
import { workTreeState, type WorkTreeState } from '../../git/node/rev-parse';
import { gitStatus, type GitStatus } from '../../git/node/status';
import type { RepositoryProblem } from '../publish-types';
import { awaitLater } from './await-later';

/** What a publish needs to know about the repository around a site. */
export interface RepositoryFacts {
  /** The working tree's top folder; git pathspecs are given relative to it. */
  topLevel: string;
  /** The site's folder inside the repository, `''` or ending in `/`. */
  prefix: string;
  status: GitStatus;
  /** The local branch (never null here: a detached HEAD is a problem). */
  branch: string;
  /** The remote Publish pulls from and pushes to (git resolves its URLs itself). */
  remote: { name: string };
  /** The branch on the remote Publish pushes to. */
  remoteBranch: string;
  /** True when the local branch already tracks `remote/remoteBranch`. */
  tracking: boolean;
}

/** The repository is ready, or what stands in the way. */
export type RepositoryCheck = { ok: true; facts: RepositoryFacts } | { ok: false; problem: RepositoryProblem };

function problem(
  kind: RepositoryProblem['kind'],
  message: string,
  action: RepositoryProblem['action'] = null,
  branches: string[] = [],
): RepositoryCheck {
  return { ok: false, problem: { kind, message, action, branches } };
}

const operationNames = { rebase: 'a rebase', merge: 'a merge', 'cherry-pick': 'a cherry-pick', revert: 'a revert' };

/** The remote of an upstream like `origin/main`; remote names may themselves contain `/`. */
function splitUpstream(upstream: string, remotes: string[]): { remote: string; branch: string } | null {
  const owner = remotes.filter((remote) => upstream.startsWith(`${remote}/`)).sort((a, b) => b.length - a.length)[0];
  return owner === undefined ? null : { remote: owner, branch: upstream.slice(owner.length + 1) };
}

/** The branches to offer when HEAD is detached: `main`, then `master`, then the rest. */
function likelyBranches(branches: string[]): string[] {
  const rank = (name: string) => (name === 'main' ? 0 : name === 'master' ? 1 : 2);
  return [...branches].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

async function checkInside(
  root: string,
  { topLevel, prefix, operation }: WorkTreeState,
  status: GitStatus,
  remotes: string[],
): Promise<RepositoryCheck> {
  if (operation !== null) {
    return problem(
      'mid-operation',
      `The repository is in the middle of ${operationNames[operation]} that was not finished. Lanyard can abort it and put the files back as they were before it started.`,
      'abort-operation',
    );
  }
  const unmerged = status.entries.filter((entry) => entry.kind === 'conflicted').map((entry) => entry.path);
  if (unmerged.length > 0) {
    return problem(
      'unmerged',
      `These files still have unresolved conflicts: ${unmerged.join(', ')}. Fix the marked lines, stage them with \`git add\`, and publish again.`,
    );
  }
  if (status.branch === null) {
    const branches = likelyBranches(await localBranches(root));
    return problem(
      'detached',
      'The repository is not on a branch (a "detached HEAD"), so there is nothing to push to. Check out a branch first.',
      branches.length > 0 ? 'checkout-branch' : null,
      branches,
    );
  }
  if (status.head === null) {
    return problem(
      'unborn',
      'This repository has no commits yet. Make a first commit of the whole site; after that, Publish commits one post at a time.',
      'init',
    );
  }
  const tracked = status.upstream === null ? null : splitUpstream(status.upstream, remotes);
  const remote = tracked?.remote ?? remotes.find((name) => name === 'origin') ?? remotes[0];
  if (remote === undefined) {
    return problem(
      'no-remote',
      'This repository has no remote, so there is nowhere to publish to. Add the URL of the repository your site is built from.',
      'add-remote',
    );
  }
  const facts = {
    topLevel,
    prefix,
    status,
    branch: status.branch,
    remote: { name: remote },
    remoteBranch: tracked?.branch ?? status.branch,
    tracking: tracked !== null,
  };
  return { ok: true, facts };
}

/** Checks that the site's repository can publish: git, a repository, a branch, a remote, no half-done operation. */
export async function checkRepository(root: string): Promise<RepositoryCheck> {
  try {
    // All at once: outside a repository the status and the remotes fail too, and nobody waits for them.
    const asked = workTreeState(root);
    const status = awaitLater(gitStatus(root));
    // Names only, from the config read the whole publish shares: git resolves their URLs itself.
    const remotes = awaitLater(configuredRemoteNames(root));
    const state = await asked;
    if (state === null) {
      return problem(
        'not-a-repository',
        'This folder is not a git repository yet. Lanyard can make it one; then add the remote your site is built from.',
        'init',
      );
    }
    return await checkInside(root, state, await status, await remotes);
  } catch (error) {
    if (error instanceof GitError && error.kind === 'not-installed') {
      return problem(
        'git-missing',
        'Git is not installed, or Lanyard cannot find it. Install git (https://git-scm.com/downloads), then reopen this window.',
      );
    }
    if (error instanceof GitError) return problem('unreadable', error.message);
    throw error;
  }
}
