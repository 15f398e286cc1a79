import type { GitCommandRecord } from '../../../src/git/git-command-record';
import type { ChangedFile } from '../../../src/publish/change-groups';
import type { FutureDate, PublishProgress, PublishStep, QueuedPublish } from '../../../src/publish/publish-types';
import type { SiteKind } from '../../../src/site/site-info';
import { siteKindLabel } from '../site/site-text';

/** The steps of a publish as the dialog lists them, in order. */
export const publishSteps: ReadonlyArray<{ step: PublishStep; label: string }> = [
  { step: 'check', label: 'Check repository' },
  { step: 'prepare', label: 'Prepare post' },
  { step: 'commit', label: 'Commit' },
  { step: 'sync', label: 'Bring in remote changes' },
  { step: 'push', label: 'Push' },
];

/** Where each listed step stands while a publish runs; steps before the current one are done. */
export function stepStates(current: PublishStep | null): Array<'done' | 'current' | 'waiting'> {
  const at = publishSteps.findIndex((entry) => entry.step === current);
  return publishSteps.map((_, index) => (index < at ? 'done' : index === at ? 'current' : 'waiting'));
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "2 commits not pushed yet" and "the remote has 1 commit you don't have…", or how it stands when neither. */
export function aheadBehindText(status: { ahead: number; behind: number; upstream: string | null }): string[] {
  const lines: string[] = [];
  if (status.ahead > 0) lines.push(`${plural(status.ahead, 'commit', 'commits')} not pushed yet`);
  if (status.behind > 0) {
    lines.push(
      `The remote has ${plural(status.behind, 'commit', 'commits')} you don’t have — Lanyard will bring ${status.behind === 1 ? 'it' : 'them'} in first`,
    );
  }
  if (lines.length > 0) return lines;
  return [
    status.upstream === null ? 'This branch is not on the remote yet; Publish pushes it' : 'Up to date with the remote',
  ];
}

const kindLetters: Record<ChangedFile['kind'], string> = {
  modified: 'M',
  added: 'A',
  deleted: 'D',
  renamed: 'R',
  untracked: '?',
  conflicted: 'U',
  'type-changed': 'T',
};

/** The one-letter mark `git status --short` uses for a kind of change. */
export function kindLetter(kind: ChangedFile['kind']): string {
  return kindLetters[kind];
}

/** What publishing a draft does to it: a Jekyll draft folder's post moves; others flip a front matter flag. */
export function draftNote(kind: SiteKind, postId: string): string {
  if (kind === 'jekyll' && postId.split('/').includes('_drafts')) {
    return 'Publishing moves this draft into _posts/ with today’s date.';
  }
  // Hugo reads `published` as a date, so there only `draft` marks a draft.
  return kind === 'hugo'
    ? 'Publishing sets draft: false.'
    : 'Publishing sets draft: false (or published: true) in its front matter.';
}

/** How far off a moment is: "40 minutes", "about 5 hours", "3 days". */
function timeUntil(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return plural(minutes, 'minute', 'minutes');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `about ${plural(hours, 'hour', 'hours')}`;
  return plural(Math.round(hours / 24), 'day', 'days');
}

/**
 * The warning for a post its generator will leave out of the build until its date: when that
 * is, that Publish still goes ahead, and the two ways to show it now.
 */
export function futureDateNote(kind: SiteKind, future: FutureDate): string {
  return [
    `This post is dated ${future.date}, ${timeUntil(future.aheadMs)} from now.`,
    `${siteKindLabel[kind]} leaves posts dated in the future out of the built site, so Publish will succeed but the page will be missing until then.`,
    `To show it at once, set its date to now or earlier, or set ${future.setting}.`,
  ].join(' ');
}

/** A commit id as people read it: its first 7 characters. */
export function shortCommit(commit: string): string {
  return commit.slice(0, 7);
}

/** The line under the step list: git's own words, else what the step is doing. */
export function progressDetail(progress: PublishProgress | null): string {
  if (progress?.detail) return progress.detail;
  if (progress?.step === 'clone') return 'Cloning…';
  const label = publishSteps.find((entry) => entry.step === progress?.step)?.label;
  return label ? `${label}…` : 'Starting…';
}

/**
 * The status bar's note about a queued publish: "1 publish queued — retrying at 14:05", or
 * why it waits when it does not retry on its own. `time` formats an epoch-ms instant.
 */
export function queueText(queued: QueuedPublish, time: (at: number) => string): string {
  const count = plural(queued.posts.length, 'publish', 'publishes');
  if (queued.nextAttemptAt === null) return `${count} queued — waiting for you to retry`;
  return `${count} queued — retrying at ${time(queued.nextAttemptAt)}`;
}

/** One line of the publish log: `git push origin main` — exit 0, 1.2 s. */
export function logLine(record: GitCommandRecord): { command: string; result: string } {
  const exit = record.exitCode === null ? 'did not finish' : `exit ${record.exitCode}`;
  const seconds = record.durationMs < 1000 ? `${record.durationMs} ms` : `${(record.durationMs / 1000).toFixed(1)} s`;
  return { command: `git ${record.args.join(' ')}`, result: `${exit}, ${seconds}` };
}

/** Git's output as it last looked: a progress line rewritten in place with `\r` keeps its final state. */
export function finalOutput(stderr: string): string {
  return stderr
    .split('\n')
    .map(
      (line) =>
        line
          .split('\r')
          .filter((part) => part.trim() !== '')
          .at(-1) ?? '',
    )
    .join('\n')
    .trim();
}
