import { gitAdd } from '../../git/node/add';
import { pathExistsAt } from '../../git/node/cat-file';
import { workTreePlace } from '../../git/node/rev-parse';

/**
 * After Lanyard renamed a post that git tracks, stages both halves, as `git mv` would, so git
 * sees one rename: Publish then commits the removal with the new name instead of leaving the
 * old file behind on the remote. Does nothing outside a repository or for an untracked post.
 */
export async function stageRename(root: string, from: string, to: string): Promise<void> {
  const place = await workTreePlace(root);
  if (place === null) return;
  const { topLevel, prefix } = place;
  if (!(await pathExistsAt(topLevel, 'HEAD', `${prefix}${from}`))) return;
  await gitAdd(topLevel, [`${prefix}${from}`, `${prefix}${to}`]);
}
