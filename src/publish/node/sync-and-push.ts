import { conflictedPaths } from '../../git/node/diff';
import { currentGitContext, withGitContext } from '../../git/node/git-context';
import { GitError } from '../../git/node/git-error';
import { gitPullRebase } from '../../git/node/pull';
import { gitPush } from '../../git/node/push';
import { abortRebase, operationInProgress } from '../../git/node/rebase';
import type { PublishStep } from '../publish-types';
import type { RepositoryFacts } from './repository-check';

/** How the push ended when it did not throw. */
export type SyncResult = { kind: 'pushed'; remoteMessage: string | null } | { kind: 'conflict'; files: string[] };

/** What a sync needs from its caller. */
export interface SyncOptions {
  /** After a conflict the writer chose to keep their version of the conflicting lines. */
  keepMine: boolean;
  /** A step began (detail null) or git printed a progress line. */
  onProgress: (step: PublishStep, detail: string | null) => void;
}

/**
 * Never leaves the repository mid-rebase: an abort restores the local commit, the working
 * tree and the autostash. It runs without the publish's signal, so it also runs after a cancel.
 */
async function leaveNoRebase(topLevel: string): Promise<void> {
  const context = currentGitContext();
  await withGitContext({ onCommand: context?.onCommand }, async () => {
    if ((await operationInProgress(topLevel)) === 'rebase') await abortRebase(topLevel);
  });
}

async function pullRebase(facts: RepositoryFacts, options: SyncOptions): Promise<SyncResult | null> {
  options.onProgress('sync', null);
  try {
    await gitPullRebase(facts.topLevel, {
      remote: facts.remote.name,
      branch: facts.remoteBranch,
      keep: options.keepMine ? 'mine' : undefined,
      onProgress: (line) => options.onProgress('sync', line),
    });
    return null;
  } catch (error) {
    if (error instanceof GitError && error.kind === 'conflict') {
      const files = await conflictedPaths(facts.topLevel).catch(() => []);
      await leaveNoRebase(facts.topLevel);
      return { kind: 'conflict', files };
    }
    await leaveNoRebase(facts.topLevel);
    throw error;
  }
}

async function push(facts: RepositoryFacts, options: SyncOptions): Promise<SyncResult> {
  options.onProgress('push', null);
  const { remoteMessage } = await gitPush(facts.topLevel, {
    remote: facts.remote.name,
    branch: facts.branch,
    setUpstream: !facts.tracking,
    onProgress: (line) => options.onProgress('push', line),
  });
  return { kind: 'pushed', remoteMessage };
}

/**
 * Brings the remote's new commits in under the local ones (`pull --rebase --autostash`, when
 * the branch tracks one) and pushes. A push refused as non-fast-forward, because someone
 * pushed in between, is rebased and tried once more. A conflict aborts the rebase and answers
 * the conflicting files; any other failure throws its GitError with the repository left clean.
 */
export async function syncAndPush(facts: RepositoryFacts, options: SyncOptions): Promise<SyncResult> {
  if (facts.tracking) {
    const conflict = await pullRebase(facts, options);
    if (conflict) return conflict;
  }
  try {
    return await push(facts, options);
  } catch (error) {
    if (!(error instanceof GitError && error.kind === 'rejected')) throw error;
  }
  const conflict = await pullRebase(facts, options);
  return conflict ?? push(facts, options);
}
