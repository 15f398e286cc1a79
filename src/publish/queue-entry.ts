import type { QueuedPublish } from './publish-types';

/** Waits between automatic retries of a queued push: quick at first, then every ten minutes. */
export const retryDelaysMs: readonly number[] = [15_000, 30_000, 60_000, 120_000, 300_000, 600_000];

/** The wait before attempt number `attempts + 1`. */
export function retryDelay(attempts: number): number {
  return retryDelaysMs[Math.min(attempts, retryDelaysMs.length - 1)]!;
}

/** What is queued by one publish that could not reach the remote. */
export interface QueuedCommit {
  branch: string;
  remote: string;
  post: { id: string; title: string };
  commit: string;
}

/**
 * The site's queue after one more publish could not be pushed. Pushing a branch pushes every
 * commit on it, so a site has one entry; it lists each post waiting, once, newest last.
 */
export function enqueue(
  existing: QueuedPublish | null,
  queued: QueuedCommit,
  now: number,
  error: string,
): QueuedPublish {
  const sameBranch = existing !== null && existing.branch === queued.branch && existing.remote === queued.remote;
  const posts = (sameBranch ? existing.posts : []).filter((post) => post.id !== queued.post.id);
  return {
    branch: queued.branch,
    remote: queued.remote,
    posts: [...posts, queued.post],
    commit: queued.commit,
    queuedAt: sameBranch ? existing.queuedAt : now,
    attempts: 0,
    nextAttemptAt: now + retryDelay(0),
    lastError: error,
  };
}

/**
 * The entry after an attempt that did not push. `retryable` failures (still offline) try again
 * later, each wait longer; others (a conflict, a sign-in) wait for the writer.
 */
export function afterFailedAttempt(
  entry: QueuedPublish,
  now: number,
  error: string,
  retryable: boolean,
): QueuedPublish {
  const attempts = entry.attempts + 1;
  return { ...entry, attempts, lastError: error, nextAttemptAt: retryable ? now + retryDelay(attempts) : null };
}

/** A post id changed (a draft moved on publish): the queue follows it. */
export function renameQueuedPost(entry: QueuedPublish, from: string, to: string): QueuedPublish {
  return { ...entry, posts: entry.posts.map((post) => (post.id === from ? { ...post, id: to } : post)) };
}
