import type { LanyardApi } from '../../../src/api/client';
import type { RecoveredPost } from '../../../src/posts/recovered-post';
import type { DocumentManager } from './document-manager';
import { minimalChange } from './text-diff';

type RestoreApi = { posts: Pick<LanyardApi['posts'], 'save'> };

/**
 * Puts recovered text back in its post as unsaved edits made on the file version they were typed
 * on. When the file is still that version, autosave writes them as usual; when it moved on, the
 * post shows the conflict bar, and nothing is written until the writer chooses. A post whose file
 * was deleted since is written anew, as "Keep mine" does for a post deleted while open.
 */
export async function restoreRecovered(manager: DocumentManager, api: RestoreApi, post: RecoveredPost): Promise<void> {
  if (post.disk === 'deleted' || (post.disk === 'unchanged' && post.baseVersion === null)) {
    await api.posts.save({ id: post.id, text: post.text, baseVersion: null });
  }
  await manager.open(post.id);
  if (manager.getSnapshot().activeId !== post.id) return;
  if (post.disk === 'changed') manager.setBaseVersion(post.id, post.baseVersion);
  manager.applyToPost(post.id, (state) => {
    const change = minimalChange(state.doc.toString(), post.text);
    return change ? { changes: change, userEvent: 'input.recover' } : null;
  });
  // Compares with the disk at once, so the conflict shows now rather than at the first save.
  if (post.disk === 'changed') manager.handleChangedOnDisk(post.id, null);
}
