import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import { gitAdd } from '../../git/node/add';
import { pathExistsAt } from '../../git/node/cat-file';
import { gitCommit } from '../../git/node/commit';
import { changedFromHead } from '../../git/node/diff';
import { GitError } from '../../git/node/git-error';
import { gitStatus, type GitStatusEntry } from '../../git/node/status';
import { keepCommit } from '../../git/node/update-ref';
import { linkedImagePaths } from '../../images/node/check-images';
import { groupChanges, type ChangedFile } from '../change-groups';
import { commitMessage, siteDay } from '../commit-message';
import type { PublishContext } from './publish-post';
import { updateCommitMessage } from '../../events/live-update';
import type { RepositoryFacts } from './repository-check';

/** The post being committed: its ids (the old one first when it moved), text and title. */
export interface PostToCommit {
  ids: string[];
  text: string;
  title: string;
  direction: 'publish' | 'unpublish';
  /** True when the publish itself moved or rewrote the post just now. */
  rewritten: boolean;
}

/** The changes inside the site's folder; a site in a subfolder never publishes the rest of the repository. */
export function siteChanges(prefix: string, entries: GitStatusEntry[]): ChangedFile[] {
  const inSite = (file: string | null) => file !== null && file.startsWith(prefix);
  return entries.filter((entry) => inSite(entry.path) && (entry.originalPath === null || inSite(entry.originalPath)));
}

/** Refuses a ticked path that is not a change inside the site, before anything is touched. */
export function checkIncluded(facts: RepositoryFacts, include: string[]): void {
  const changed = new Set(siteChanges(facts.prefix, facts.status.entries).map((file) => file.path));
  const stale = include.find((file) => !changed.has(file));
  if (stale !== undefined) {
    throw new LanyardError('refused', `${stale} has no changes to publish any more. Look at the list again and retry.`);
  }
}

/** The changes to commit: the post (both names when it moved), its changed images, and the ticked others. */
function changesToCommit(prefix: string, changes: ChangedFile[], ids: string[], images: string[], include: string[]) {
  const groups = groupChanges(
    changes,
    ids.map((id) => `${prefix}${id}`),
    images.map((image) => `${prefix}${image}`),
  );
  const ticked = new Set(include);
  return [...groups.thisPost, ...groups.images, ...groups.other.filter((file) => ticked.has(file.path))];
}

/** Past this much content git's summary of a commit, a diffstat, costs more than asking git for the id. */
const summaryLimitBytes = 2 * 1024 * 1024;

/** Each file's size in the working tree (repository-relative), null for one that is not there. */
function sizesOf(topLevel: string, files: string[]): Promise<Array<number | null>> {
  return Promise.all(
    files.map((file) =>
      fs.lstat(path.join(topLevel, file)).then(
        (stat) => stat.size,
        () => null,
      ),
    ),
  );
}

/**
 * Commits `paths`, or answers null when none of them differs from HEAD: a file added and then
 * removed before any commit leaves nothing, and git refuses to make an empty commit.
 */
async function commitOrNothing(
  facts: RepositoryFacts,
  message: string,
  paths: string[],
  bytes: number,
): Promise<string | null> {
  const idLength = facts.status.head?.length === 64 ? 64 : 40;
  try {
    return await gitCommit(facts.topLevel, message, {
      paths,
      idLength: bytes > summaryLimitBytes ? undefined : idLength,
    });
  } catch (error) {
    if (error instanceof GitError && (await changedFromHead(facts.topLevel, paths)).length === 0) return null;
    throw error;
  }
}

function templateFor(context: PublishContext, direction: PostToCommit['direction']): string {
  if (direction === 'unpublish') return context.templates.unpublish;
  return context.wasPublished ? context.templates.update : context.templates.publish;
}

/**
 * Commits the post, the images it links and the ticked files, and nothing else, even what the
 * writer staged. Answers the commit, or null when none of them changed.
 */
export async function commitPost(
  context: PublishContext,
  facts: RepositoryFacts,
  post: PostToCommit,
  include: string[],
): Promise<string | null> {
  const postId = post.ids.at(-1)!;
  // The status taken by the check still holds unless the publish itself just changed the post.
  const { entries } = post.rewritten ? await gitStatus(facts.topLevel) : facts.status;
  const images = post.direction === 'publish' ? linkedImagePaths(context.profile, postId, post.text) : [];
  const chosen = changesToCommit(facts.prefix, siteChanges(facts.prefix, entries), post.ids, images, include);
  const paths = [...new Set(chosen.flatMap((file) => [file.path, ...(file.originalPath ? [file.originalPath] : [])]))];
  const sizes = await sizesOf(facts.topLevel, paths);
  // `commit --only` takes each path git knows as it is in the folder: only new files need adding first.
  const newFiles = new Set(chosen.filter((file) => file.kind === 'untracked').map((file) => file.path));
  // A new file deleted since the status leaves nothing to commit, and git would not know its name.
  const toCommit = paths.filter((file, at) => sizes[at] !== null || !newFiles.has(file));
  if (toCommit.length === 0) return null;
  await gitAdd(
    facts.topLevel,
    toCommit.filter((file) => newFiles.has(file)),
  );
  const date = siteDay(context.now, context.profile.timezone);
  const file = path.posix.basename(postId);
  const about = { title: post.title, date, file };
  const message =
    post.direction === 'publish' && context.updateTime
      ? updateCommitMessage(about, context.updateTime, context.templates.update)
      : commitMessage(templateFor(context, post.direction), about);
  const bytes = sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0);
  return commitOrNothing(facts, message, toCommit, bytes);
}

/**
 * Points `refs/lanyard/last-publish` at the commit, so it stays reachable whatever a later
 * rebase does to the branch. Named by its id, so writing it beside the pull keeps this very commit.
 */
export function keepPublishedCommit(facts: RepositoryFacts, commit: string): Promise<void> {
  return keepCommit(facts.topLevel, 'last-publish', commit);
}

/** True when git tracks the post; an untracked post with no changes is one git ignores. */
export function isTracked(facts: RepositoryFacts, postId: string): Promise<boolean> {
  return pathExistsAt(facts.topLevel, 'HEAD', `${facts.prefix}${postId}`);
}
