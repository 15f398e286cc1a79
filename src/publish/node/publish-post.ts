import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import { writeFileAtomic } from '../../fs/node/atomic-write';
import { readFrontMatterData } from '../../frontmatter/front-matter-data';
import { readFrontMatterSummary } from '../../frontmatter/read-summary';
import { gitAdd } from '../../git/node/add';
import { gitCommit } from '../../git/node/commit';
import { GitError } from '../../git/node/git-error';
import { resolveCommit } from '../../git/node/rev-parse';
import { gitStatus } from '../../git/node/status';
import { keepCommit } from '../../git/node/update-ref';
import { linkedImagePaths } from '../../images/node/check-images';
import { movePostFile } from '../../posts/node/rename-post';
import { resolveInsideSite } from '../../site/node/safe-path';
import type { SiteProfile } from '../../site/site-profile';
import { groupChanges, type ChangedFile } from '../change-groups';
import { commitMessage, siteDay, type CommitTemplates } from '../commit-message';
import { publishDraft, unpublishPost, type PostMove } from '../draft-transition';
import { publicPostUrl } from '../public-url';
import type { PublishOutcome, PublishStep } from '../publish-types';
import { conflictOutcome, failureOutcome, isAbortError, outcome, type OutcomeBase } from './publish-failure';
import { checkRepository, type RepositoryFacts } from './repository-check';
import { readSiteUrlConfig } from './site-url-config';
import { syncAndPush } from './sync-and-push';

/** What a publish runs with. */
export interface PublishContext {
  profile: SiteProfile;
  templates: CommitTemplates;
  now: Date;
  /** Whether the post was on the remote before this publish (chooses the "Update" message). */
  wasPublished: boolean;
  signal: AbortSignal;
  /** A step began (detail null) or git printed a progress line. */
  onProgress: (step: PublishStep, detail: string | null) => void;
}

/** What the writer asked for. */
export interface PublishRequest {
  id: string;
  /** Other changed files the writer ticked, repository-relative. */
  include: string[];
  keepMine: boolean;
}

type Direction = 'publish' | 'unpublish';

function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw Object.assign(new Error('The publish was cancelled.'), { name: 'AbortError' });
}

function transitionFor(direction: Direction, context: PublishContext, id: string, text: string): PostMove | null {
  const { kind, draftFolders, newPostFolder, timezone } = context.profile;
  const site = { kind, draftFolders, postsFolder: newPostFolder, timezone };
  return direction === 'publish'
    ? publishDraft({ id, text }, site, context.now)
    : unpublishPost({ id, text }, site, context.now);
}

/** Writes a draft's move to disk: the file first (never over another), then its new text. */
async function applyMove(root: string, id: string, text: string, move: PostMove): Promise<void> {
  if (move.id !== id) await movePostFile(root, id, move.id);
  if (move.text !== text) await writeFileAtomic(await resolveInsideSite(root, move.id), move.text);
}

/** The files to commit: the post (both names when it moved), its changed images, and the ticked others. */
function pathsToCommit(
  facts: RepositoryFacts,
  changes: ChangedFile[],
  ids: string[],
  images: string[],
  include: string[],
) {
  const groups = groupChanges(
    changes,
    ids.map((id) => `${facts.prefix}${id}`),
    images.map((image) => `${facts.prefix}${image}`),
  );
  const others = new Map(groups.other.map((file) => [file.path, file]));
  const stale = include.find((file) => !others.has(file));
  if (stale !== undefined) {
    throw new LanyardError('refused', `${stale} has no changes to publish any more. Look at the list again and retry.`);
  }
  const chosen = [...groups.thisPost, ...groups.images, ...include.map((file) => others.get(file)!)];
  return [...new Set(chosen.flatMap((file) => (file.originalPath ? [file.path, file.originalPath] : [file.path])))];
}

async function commitPost(
  context: PublishContext,
  facts: RepositoryFacts,
  post: { ids: string[]; text: string; title: string; direction: Direction },
  include: string[],
): Promise<string | null> {
  const postId = post.ids.at(-1)!;
  const { entries } = await gitStatus(facts.topLevel);
  const images = post.direction === 'publish' ? linkedImagePaths(context.profile, postId, post.text) : [];
  const paths = pathsToCommit(facts, entries, post.ids, images, include);
  if (paths.length === 0) return null;
  const template =
    post.direction === 'unpublish'
      ? context.templates.unpublish
      : context.wasPublished
        ? context.templates.update
        : context.templates.publish;
  const date = siteDay(context.now, context.profile.timezone);
  const message = commitMessage(template, { title: post.title, date, file: path.posix.basename(postId) });
  await gitAdd(facts.topLevel, paths);
  const commit = await gitCommit(facts.topLevel, message, { paths });
  // A named ref keeps the commit reachable whatever a later rebase does to the branch.
  await keepCommit(facts.topLevel, 'last-publish', commit);
  return commit;
}

async function urlOf(profile: SiteProfile, postId: string, text: string): Promise<string | null> {
  const frontMatter = readFrontMatterData(text).data ?? {};
  return publicPostUrl(await readSiteUrlConfig(profile), { id: postId, frontMatter });
}

async function change(context: PublishContext, request: PublishRequest, direction: Direction): Promise<PublishOutcome> {
  const { root } = context.profile;
  const base: OutcomeBase = { postId: request.id, commit: null, target: null };
  context.onProgress('check', null);
  const check = await checkRepository(root);
  if (!check.ok) return outcome('failed', base, check.problem.message);
  const { facts } = check;
  base.target = { remote: facts.remote.name, branch: facts.remoteBranch, localBranch: facts.branch };
  try {
    context.onProgress('prepare', null);
    const text = await fs.readFile(await resolveInsideSite(root, request.id), 'utf8');
    const move = transitionFor(direction, context, request.id, text);
    if (direction === 'unpublish' && move === null) {
      return outcome(
        'failed',
        base,
        'Lanyard cannot unpublish this post: it is already a draft, or its front matter is not YAML.',
      );
    }
    throwIfCancelled(context.signal);
    if (move) await applyMove(root, request.id, text, move);
    base.postId = move?.id ?? request.id;
    const finalText = move?.text ?? text;
    const title = readFrontMatterSummary(finalText, path.posix.basename(base.postId)).title;
    context.onProgress('commit', null);
    const ids = [...new Set([request.id, base.postId])];
    base.commit = await commitPost(context, facts, { ids, text: finalText, title, direction }, request.include);
    if (base.commit === null && facts.tracking && facts.status.ahead === 0) {
      return outcome('published', base, 'Nothing has changed since the last publish; the remote is up to date.');
    }
    throwIfCancelled(context.signal);
    const result = await syncAndPush(facts, { keepMine: request.keepMine, onProgress: context.onProgress });
    if (result.kind === 'conflict') return conflictOutcome(base, result.files);
    base.commit = (await resolveCommit(facts.topLevel, 'HEAD')) ?? base.commit;
    const done = direction === 'publish' ? 'Published' : 'Unpublished';
    return {
      ...outcome('published', base, `${done} “${title}” to ${facts.remote.name}/${facts.remoteBranch}.`),
      url: direction === 'publish' ? await urlOf(context.profile, base.postId, finalText) : null,
      remoteMessage: result.remoteMessage,
    };
  } catch (error) {
    if (isAbortError(error)) {
      const kept = base.commit === null ? '' : ' Your commit is kept and will be pushed next time.';
      return outcome('cancelled', base, `Publishing was cancelled.${kept}`);
    }
    if (error instanceof GitError && error.kind === 'offline') {
      base.commit ??= await resolveCommit(facts.topLevel, 'HEAD').catch(() => null);
      return outcome(
        'queued',
        base,
        'You are offline, so the publish is queued. Lanyard pushes it when the network is back.',
      );
    }
    return failureOutcome(error, base);
  }
}

/**
 * Publishes a post: a draft leaves drafts first, then the post, the images it links and the
 * files the writer ticked are committed (nothing else, even if staged), rebased on the remote
 * and pushed. The repository is never left mid-rebase, and a commit once made is never undone.
 * An unreachable remote answers `queued`: the commit waits locally.
 */
export function publishPost(context: PublishContext, request: PublishRequest): Promise<PublishOutcome> {
  return change(context, request, 'publish');
}

/** Moves a published post back to drafts (or sets `draft: true`) and publishes that change. */
export function unpublishPostChange(
  context: PublishContext,
  request: Omit<PublishRequest, 'keepMine'>,
): Promise<PublishOutcome> {
  return change(context, { ...request, keepMine: false }, 'unpublish');
}
