import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../fs/node/atomic-write';
import { readFrontMatterData } from '../../frontmatter/front-matter-data';
import { readFrontMatterSummary } from '../../frontmatter/read-summary';
import { gitSettings } from '../../git/node/config';
import { withGitMemo } from '../../git/node/git-context';
import { GitError } from '../../git/node/git-error';
import { unstagePaths } from '../../git/node/reset';
import { resolveCommit } from '../../git/node/rev-parse';
import { movePostFile } from '../../posts/node/rename-post';
import { resolveInsideSite } from '../../site/node/safe-path';
import type { SiteProfile } from '../../site/site-profile';
import type { CommitTemplates } from '../commit-message';
import { publishDraft, unpublishPost, type PostMove } from '../draft-transition';
import { publicPostUrl } from '../public-url';
import type { PublishOutcome, PublishStep } from '../publish-types';
import { awaitLater } from './await-later';
import { checkIncluded, commitPost, isTracked, keepPublishedCommit } from './commit-post';
import { conflictOutcome, failureOutcome, isAbortError, outcome, stashNote, type OutcomeBase } from './publish-failure';
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
  /** A live update's time (`14:05`): the commit message is the update template's with it after. */
  updateTime?: string | null;
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

/** The public URL the post's text gives it on this site, as the site's config forms it; null when unknown. */
export async function publicUrlOf(profile: SiteProfile, postId: string, text: string): Promise<string | null> {
  const frontMatter = readFrontMatterData(text).data ?? {};
  return publicPostUrl(await readSiteUrlConfig(profile), { id: postId, frontMatter });
}

/** Puts a draft back where it was when its publish fails before the commit: nothing half-done stays behind. */
async function undoMove(root: string, facts: RepositoryFacts, id: string, text: string, move: PostMove): Promise<void> {
  await unstagePaths(facts.topLevel, [`${facts.prefix}${id}`, `${facts.prefix}${move.id}`]).catch(() => undefined);
  if (move.id !== id) await movePostFile(root, move.id, id);
  if (move.text !== text) await writeFileAtomic(await resolveInsideSite(root, id), text);
}

function offlineMessage(): string {
  return 'You are offline, so the publish is queued. Lanyard pushes it when the network is back.';
}

async function prepareAndCommit(
  context: PublishContext,
  facts: RepositoryFacts,
  request: PublishRequest,
  direction: Direction,
  base: OutcomeBase,
): Promise<{ text: string; title: string } | PublishOutcome> {
  const { root } = context.profile;
  checkIncluded(facts, request.include);
  const text = await fs.readFile(await resolveInsideSite(root, request.id), 'utf8');
  const move = transitionFor(direction, context, request.id, text);
  if (direction === 'unpublish' && move === null) {
    const why = 'Lanyard cannot unpublish this post: it is already a draft, or its front matter is not YAML.';
    return outcome('failed', base, why);
  }
  throwIfCancelled(context.signal);
  if (move) await applyMove(root, request.id, text, move);
  const postId = move?.id ?? request.id;
  const finalText = move?.text ?? text;
  const title = readFrontMatterSummary(finalText, path.posix.basename(postId)).title;
  context.onProgress('commit', null);
  try {
    const ids = [...new Set([request.id, postId])];
    const post = { ids, text: finalText, title, direction, rewritten: move !== null };
    base.commit = await commitPost(context, facts, post, request.include);
  } catch (error) {
    if (move) await undoMove(root, facts, request.id, text, move);
    throw error;
  }
  base.postId = postId;
  return { text: finalText, title };
}

async function change(context: PublishContext, request: PublishRequest, direction: Direction): Promise<PublishOutcome> {
  const base: OutcomeBase = { postId: request.id, commit: null, target: null };
  let facts: RepositoryFacts | null = null;
  let keeping: Promise<void> | undefined;
  try {
    context.onProgress('check', null);
    // The check reads the git config in the site's folder; commit, pull and push ask at the top of the
    // repository, the same folder unless the site is a subfolder: then it is read now, beside the staging.
    const check = await checkRepository(context.profile.root);
    if (!check.ok) return outcome('failed', base, check.problem.message);
    facts = check.facts;
    void gitSettings(facts.topLevel).catch(() => null);
    base.target = { remote: facts.remote.name, branch: facts.remoteBranch, localBranch: facts.branch };
    context.onProgress('prepare', null);
    const prepared = await prepareAndCommit(context, facts, request, direction, base);
    if ('kind' in prepared) return prepared;
    // Written beside what follows; a failure stops the push (see syncAndPush), not the pull.
    keeping = base.commit === null ? undefined : awaitLater(keepPublishedCommit(facts, base.commit));
    if (base.commit === null && !(await isTracked(facts, base.postId))) {
      return outcome('failed', base, 'Git ignores this post (see the site’s .gitignore), so it cannot be published.');
    }
    if (base.commit === null && facts.tracking && facts.status.ahead === 0) {
      return outcome('published', base, 'Nothing has changed since the last publish; the remote is up to date.');
    }
    throwIfCancelled(context.signal);
    // Worked out while git syncs: the URL depends only on the post and the site's config.
    const url = direction === 'publish' ? awaitLater(publicUrlOf(context.profile, base.postId, prepared.text)) : null;
    const result = await syncAndPush(facts, { keepMine: request.keepMine, onProgress: context.onProgress, keeping });
    if (result.kind === 'conflict') return conflictOutcome(base, result.files);
    // When git said the pulls had nothing to do, HEAD is the commit just made, or the one the check saw.
    base.commit = result.moved
      ? ((await resolveCommit(facts.topLevel, 'HEAD')) ?? base.commit)
      : (base.commit ?? facts.status.head);
    const done = direction === 'publish' ? 'Published' : 'Unpublished';
    const message = `${done} “${prepared.title}” to ${facts.remote.name}/${facts.remoteBranch}.${stashNote(result.stashed)}`;
    return {
      ...outcome('published', base, message),
      url: await url,
      remoteMessage: result.remoteMessage,
    };
  } catch (error) {
    if (isAbortError(error)) {
      const kept = base.commit === null ? '' : ' Your commit is kept and will be pushed next time.';
      return outcome('cancelled', base, `Publishing was cancelled.${kept}`);
    }
    if (facts !== null && error instanceof GitError && error.kind === 'offline') {
      base.commit ??= await resolveCommit(facts.topLevel, 'HEAD').catch(() => null);
      return outcome('queued', base, offlineMessage());
    }
    return failureOutcome(error, base);
  } finally {
    // No git left running once the publish answers: the site's next operation waits for this one only.
    await keeping?.catch(() => undefined);
  }
}

/**
 * Publishes a post: a draft leaves drafts first, then the post, the images it links and the
 * files the writer ticked are committed (nothing else, even if staged), rebased on the remote
 * and pushed. The repository is never left mid-rebase, and a commit once made is never undone.
 * An unreachable remote answers `queued`: the commit waits locally.
 */
export function publishPost(context: PublishContext, request: PublishRequest): Promise<PublishOutcome> {
  return withGitMemo(() => change(context, request, 'publish'));
}

/** Moves a published post back to drafts (or sets `draft: true`) and publishes that change. */
export function unpublishPostChange(
  context: PublishContext,
  request: Omit<PublishRequest, 'keepMine'>,
): Promise<PublishOutcome> {
  return withGitMemo(() => change(context, { ...request, keepMine: false }, 'unpublish'));
}
