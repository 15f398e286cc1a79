import { createLanyardCore, type LanyardCore } from '../src/app/node/lanyard-core';
import type { PostSummary } from '../src/posts/post-types';
import { callChannel, testHost } from '../tests/src/app/node/test-host';

/** A site opened as the app opens it, with the post list the renderer asks for first. */
export interface OpenedSite {
  core: LanyardCore;
  posts: PostSummary[];
}

/**
 * Opens `root` the way the app does when a writer picks a folder: the core detects the site,
 * indexes its posts (reusing the index cache in `userDataDir` when there is one) and starts
 * watching, then `posts.list` answers through the dispatcher, as over IPC. Dispose the core
 * afterwards; that waits for the cache write.
 */
export async function openAndList(root: string, userDataDir: string): Promise<OpenedSite> {
  const core = createLanyardCore(testHost(userDataDir));
  await core.openSite(root);
  return { core, posts: await callChannel<PostSummary[]>(core, 'posts.list') };
}
