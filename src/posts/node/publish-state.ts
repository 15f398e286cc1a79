import { pathExistsAt } from '../../git/node/cat-file';
import { remoteTrackingRefs } from '../../git/node/for-each-ref';
import { GitError } from '../../git/node/git-error';
import { isInsideWorkTree, prefixOf, upstreamOf } from '../../git/node/rev-parse';
import type { PublishState } from '../post-types';
import { forEachConcurrently } from './for-each-concurrently';

/** A repository can track hundreds of remote branches; each check is one git process. */
const refChecksAtOnce = 8;

async function isWorkTree(root: string): Promise<boolean> {
  try {
    return await isInsideWorkTree(root);
  } catch (error) {
    if (error instanceof GitError && error.kind === 'not-installed') return false;
    throw error;
  }
}

async function existsInAny(root: string, refs: string[], repoPath: string): Promise<boolean> {
  let found = false;
  await forEachConcurrently(refs, refChecksAtOnce, async (ref) => {
    if (!found && (await pathExistsAt(root, ref, repoPath))) found = true;
  });
  return found;
}

/**
 * Whether the post `id` (site-relative, already validated by the caller) of the site at
 * `root` has been published, judged from what git knows locally (nothing is fetched):
 *
 * - a draft (`isDraft`: in a draft folder, `draft: true` or `published: false`): `unpublished`;
 * - the site is not in a git working tree, or git is missing: `unknown`;
 * - the current branch tracks a remote branch: `published` iff the post is in that branch;
 * - otherwise, if there are remote-tracking branches: `published` iff the post is in any;
 * - with no remotes at all: `unknown` if the post is committed (it may have been deployed
 *   some other way), else `unpublished`.
 *
 * A post that is committed but not pushed is `unpublished`. The site may be a subfolder of
 * the repository.
 */
export async function publishStateOf(root: string, id: string, isDraft = false): Promise<PublishState> {
  // A draft has no public URL, even when its file is pushed.
  if (isDraft) return 'unpublished';
  if (!(await isWorkTree(root))) return 'unknown';
  const [prefix, upstream, remoteRefs] = await Promise.all([
    prefixOf(root),
    upstreamOf(root),
    remoteTrackingRefs(root),
  ]);
  const repoPath = `${prefix}${id}`;
  if (upstream !== null) return (await pathExistsAt(root, upstream, repoPath)) ? 'published' : 'unpublished';
  if (remoteRefs.length > 0) return (await existsInAny(root, remoteRefs, repoPath)) ? 'published' : 'unpublished';
  return (await pathExistsAt(root, 'HEAD', repoPath)) ? 'unknown' : 'unpublished';
}
