import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import { gitAdd } from '../../git/node/add';
import { pathExistsAt } from '../../git/node/cat-file';
import { gitCommit } from '../../git/node/commit';
import { stagedPaths } from '../../git/node/diff';
import { indexedPaths } from '../../git/node/ls-files';
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

/** The files to commit: the post (both names when it moved), its changed images, and the ticked others. */
function pathsToCommit(prefix: string, changes: ChangedFile[], ids: string[], images: string[], include: string[]) {
  const groups = groupChanges(
    changes,
    ids.map((id) => `${prefix}${id}`),
    images.map((image) => `${prefix}${image}`),
  );
  const ticked = new Set(include);
  const chosen = [...groups.thisPost, ...groups.images, ...groups.other.filter((file) => ticked.has(file.path))];
  return [...new Set(chosen.flatMap((file) => (file.originalPath ? [file.path, file.originalPath] : [file.path])))];
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
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
  const paths = pathsToCommit(facts.prefix, siteChanges(facts.prefix, entries), post.ids, images, include);
  if (paths.length === 0) return null;
  // A deletion already staged is in neither the index nor the folder, and `git add` would refuse it.
  const onDisk = await Promise.all(paths.map((file) => exists(path.join(facts.topLevel, file))));
  const indexed = new Set(onDisk.every(Boolean) ? [] : await indexedPaths(facts.topLevel, paths));
  await gitAdd(
    facts.topLevel,
    paths.filter((file, at) => onDisk[at] || indexed.has(file)),
  );
  // A path added and then removed before any commit leaves nothing to commit, and `commit --only` would refuse it.
  const staged = await stagedPaths(facts.topLevel, paths);
  if (staged.length === 0) return null;
  const date = siteDay(context.now, context.profile.timezone);
  const file = path.posix.basename(postId);
  const about = { title: post.title, date, file };
  const message =
    post.direction === 'publish' && context.updateTime
      ? updateCommitMessage(about, context.updateTime, context.templates.update)
      : commitMessage(templateFor(context, post.direction), about);
  const commit = await gitCommit(facts.topLevel, message, { paths: staged });
  // A named ref keeps the commit reachable whatever a later rebase does to the branch.
  await keepCommit(facts.topLevel, 'last-publish', commit);
  return commit;
}

/** True when git tracks the post; an untracked post with no changes is one git ignores. */
export function isTracked(facts: RepositoryFacts, postId: string): Promise<boolean> {
  return pathExistsAt(facts.topLevel, 'HEAD', `${facts.prefix}${postId}`);
}
