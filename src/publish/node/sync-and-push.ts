import { checkoutPathsFromHead } from '../../git/node/checkout-paths';
import { conflictedPaths } from '../../git/node/diff';
import { currentGitContext, withGitContext } from '../../git/node/git-context';
import { GitError } from '../../git/node/git-error';
import { gitPullRebase } from '../../git/node/pull';
import { gitPush } from '../../git/node/push';
import { abortRebase, operationInProgress } from '../../git/node/rebase';
import type { PublishStep } from '../publish-types';
import type { RepositoryFacts } from './repository-check';

/** How the push ended when it did not throw. */
export type SyncResult =
  | {
      kind: 'pushed';
      remoteMessage: string | null;
      /** Unpublished edits whose autostash clashed with the remote: back to HEAD's version, kept in the stash. */
      stashed: string[];
      /** False when HEAD is still the commit it was before the sync: git said each pull had nothing to do. */
      moved: boolean;
    }
  | { kind: 'conflict'; files: string[] };

/** What a sync needs from its caller. */
export interface SyncOptions {
  /** After a conflict the writer chose to keep their version of the conflicting lines. */
  keepMine: boolean;
  /** A step began (detail null) or git printed a progress line. */
  onProgress: (step: PublishStep, detail: string | null) => void;
  /** The local commit being kept under a ref while the pull runs: the push waits for it, and fails with it. */
  keeping?: Promise<void>;
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

/**
 * The rebase went through, but putting the writer's other, unticked edits back clashed with the
 * remote's. Git keeps them in the stash and leaves conflict markers; the files go back to HEAD's
 * version so the repository stays usable.
 */
async function settleAutostash(topLevel: string): Promise<string[]> {
  const clashed = await conflictedPaths(topLevel);
  await checkoutPathsFromHead(topLevel, clashed);
  return clashed;
}

type Pulled = { kind: 'pulled'; stashed: string[]; moved: boolean } | Extract<SyncResult, { kind: 'conflict' }>;

async function pullRebase(facts: RepositoryFacts, options: SyncOptions): Promise<Pulled> {
  options.onProgress('sync', null);
  let autostashed: boolean;
  let moved: boolean;
  try {
    ({ autostashed, moved } = await gitPullRebase(facts.topLevel, {
      remote: facts.remote.name,
      branch: facts.remoteBranch,
      keep: options.keepMine ? 'mine' : undefined,
      onProgress: (line) => options.onProgress('sync', line),
    }));
  } catch (error) {
    if (error instanceof GitError && error.kind === 'conflict') {
      const files = await conflictedPaths(facts.topLevel).catch(() => []);
      await leaveNoRebase(facts.topLevel);
      return { kind: 'conflict', files };
    }
    await leaveNoRebase(facts.topLevel);
    throw error;
  }
  return { kind: 'pulled', stashed: autostashed ? await settleAutostash(facts.topLevel) : [], moved };
}

async function push(
  facts: RepositoryFacts,
  options: SyncOptions,
  { stashed, moved }: { stashed: string[]; moved: boolean },
): Promise<SyncResult> {
  options.onProgress('push', null);
  const { remoteMessage } = await gitPush(facts.topLevel, {
    remote: facts.remote.name,
    branch: facts.branch,
    remoteBranch: facts.remoteBranch,
    setUpstream: !facts.tracking,
    onProgress: (line) => options.onProgress('push', line),
  });
  return { kind: 'pushed', remoteMessage, stashed, moved };
}

/**
 * Brings the remote's new commits in under the local ones (`pull --rebase --autostash`, when
 * the branch tracks one) and pushes. A push refused as non-fast-forward, because someone
 * pushed in between, is rebased and tried once more. A conflict aborts the rebase and answers
 * the conflicting files; any other failure throws its GitError with the repository left clean.
 */
export async function syncAndPush(facts: RepositoryFacts, options: SyncOptions): Promise<SyncResult> {
  let first = { stashed: [] as string[], moved: false };
  if (facts.tracking) {
    const pulled = await pullRebase(facts, options);
    if (pulled.kind === 'conflict') return pulled;
    first = pulled;
  }
  await options.keeping;
  try {
    return await push(facts, options, first);
  } catch (error) {
    if (!(error instanceof GitError && error.kind === 'rejected')) throw error;
  }
  const pulled = await pullRebase(facts, options);
  if (pulled.kind === 'conflict') return pulled;
  return push(facts, options, { stashed: [...first.stashed, ...pulled.stashed], moved: first.moved || pulled.moved });
}
