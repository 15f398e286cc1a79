import type { PublishState } from '../posts/post-types';
import type { ChangeGroups } from './change-groups';

/** Why the repository cannot publish yet, each with the action that fixes it where there is one. */
export type RepositoryProblemKind =
  | 'git-missing'
  | 'not-a-repository'
  | 'unborn'
  | 'no-remote'
  | 'detached'
  | 'mid-operation'
  | 'unmerged'
  | 'unreadable';

/** A repository that cannot publish yet, in plain words. */
export interface RepositoryProblem {
  kind: RepositoryProblemKind;
  message: string;
  /** What Lanyard can do about it, or null when the writer must act outside Lanyard. */
  action: 'init' | 'add-remote' | 'checkout-branch' | 'abort-operation' | null;
  /** For `checkout-branch`: the local branches to choose from, the likeliest first. */
  branches: string[];
}

/** A post dated later than now, which its generator leaves out of the built site until then. */
export interface FutureDate {
  /** The date as the post writes it (for Jekyll, maybe its file name's). */
  date: string;
  /** How far it is ahead of the moment the status was read, in ms. */
  aheadMs: number;
  /** The config setting that builds future posts anyway, e.g. `future: true in _config.yml`. */
  setting: string;
}

/** What the publish panel shows before the writer clicks Publish. */
export interface PublishStatus {
  problem: RepositoryProblem | null;
  /** Null when HEAD is detached or there is no repository. */
  branch: string | null;
  /** The remote Publish pushes to, its URL with any credentials blanked out. */
  remote: { name: string; url: string } | null;
  upstream: string | null;
  /** Commits not yet pushed, and commits on the remote not yet here, as of the last fetch. */
  ahead: number;
  behind: number;
  /** Repository-relative paths, grouped. */
  changes: ChangeGroups;
  postState: PublishState;
  /** True when publishing will also move it out of drafts or flip `draft`/`published`. */
  isDraft: boolean;
  /** The commit message Publish would use. */
  commitMessage: string;
  queued: QueuedPublish | null;
  /** Set when the post, as Publish will write it, is dated in the future and the site skips such posts. */
  futureDate: FutureDate | null;
  /** The publish branch set in Settings, when another branch is checked out; absent otherwise. */
  expectedBranch?: string;
}

/** The steps of a publish, in order; `clone` belongs to "Open blog from git URL…". */
export type PublishStep = 'check' | 'prepare' | 'commit' | 'sync' | 'push' | 'clone';

/** One progress report of a running publish or clone. */
export interface PublishProgress {
  run: string;
  step: PublishStep;
  /** Git's own progress line, when it printed one. */
  detail: string | null;
  /** 0–100 when git reported a percentage. */
  percent: number | null;
}

/** How a publish ended. */
export type PublishOutcomeKind = 'published' | 'queued' | 'conflict' | 'failed' | 'cancelled';

/** The result of Publish, Unpublish or a retry of the queue, in plain words. */
export interface PublishOutcome {
  kind: PublishOutcomeKind;
  /** The post's id after the publish (a Jekyll draft moves to `_posts/`). */
  postId: string;
  /** The commit made or pushed; null when none was needed or none could be made. */
  commit: string | null;
  /** Where it was pushed, or is queued to go: the remote's name and its branch; null before the repository was checked. */
  target: { remote: string; branch: string; localBranch: string } | null;
  message: string;
  /** The post's public URL, when the site's URL and permalinks are known. */
  url: string | null;
  /** Conflicting files, repository-relative (`conflict` only). */
  files: string[];
  /** What the remote itself said (hooks, protected branches). */
  remoteMessage: string | null;
  /** How to fix it, e.g. setting up credentials. */
  help: string | null;
}

/** A publish whose commit is made but not yet pushed, because the remote could not be reached. */
export interface QueuedPublish {
  branch: string;
  remote: string;
  /** The posts waiting, most recent last. */
  posts: Array<{ id: string; title: string }>;
  /** The newest local commit waiting to be pushed. */
  commit: string;
  queuedAt: number;
  attempts: number;
  /** Epoch ms of the next automatic attempt; null when it waits for the writer (a conflict, a sign-in). */
  nextAttemptAt: number | null;
  lastError: string | null;
}
