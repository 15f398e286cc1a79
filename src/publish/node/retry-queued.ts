import { withGitMemo } from '../../git/node/git-context';
import { GitError } from '../../git/node/git-error';
import { resolveCommit } from '../../git/node/rev-parse';
import type { PublishOutcome, PublishStep, QueuedPublish } from '../publish-types';
import { conflictOutcome, failureOutcome, isAbortError, outcome, stashNote } from './publish-failure';
import { checkRepository } from './repository-check';
import { syncAndPush } from './sync-and-push';

/**
 * Tries to push a queued publish: the same rebase-then-push as Publish, without committing
 * anything new. Answers `published` once the remote has the commits, `queued` while it is
 * still unreachable, and otherwise what stands in the way.
 */
export function retryQueued(
  root: string,
  entry: QueuedPublish,
  onProgress: (step: PublishStep, detail: string | null) => void,
): Promise<PublishOutcome> {
  // The check's config read answers pull and push too.
  return withGitMemo(() => retry(root, entry, onProgress));
}

async function retry(
  root: string,
  entry: QueuedPublish,
  onProgress: (step: PublishStep, detail: string | null) => void,
): Promise<PublishOutcome> {
  const target = { remote: entry.remote, branch: entry.branch, localBranch: entry.branch };
  const base = { postId: entry.posts.at(-1)?.id ?? '', commit: entry.commit, target };
  try {
    onProgress('check', null);
    const check = await checkRepository(root);
    if (!check.ok) return outcome('failed', base, check.problem.message);
    if (check.facts.branch !== entry.branch) {
      const { branch } = check.facts;
      const why = `The queued publish is on the branch ${entry.branch}, but the repository is now on ${branch}. Switch back to ${entry.branch} to push it.`;
      return outcome('failed', base, why);
    }
    const result = await syncAndPush(check.facts, { keepMine: false, onProgress });
    if (result.kind === 'conflict') return conflictOutcome(base, result.files);
    const commit = (await resolveCommit(check.facts.topLevel, 'HEAD')) ?? entry.commit;
    const count = entry.posts.length === 1 ? `“${entry.posts[0]!.title}”` : `${entry.posts.length} queued posts`;
    const message = `Published ${count} to ${entry.remote}/${check.facts.remoteBranch}.${stashNote(result.stashed)}`;
    return outcome('published', { ...base, commit }, message);
  } catch (error) {
    if (isAbortError(error)) return outcome('cancelled', base, 'The retry was cancelled; the publish stays queued.');
    if (error instanceof GitError && error.kind === 'offline') {
      return outcome('queued', base, 'Still offline; the publish stays queued.');
    }
    return failureOutcome(error, base);
  }
}
