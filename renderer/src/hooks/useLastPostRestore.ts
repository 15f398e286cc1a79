import { useEffect, useRef } from 'react';
import type { PostSummary, SessionState } from '../../../src/posts/post-types';
import type { DocumentManager } from '../documents/document-manager';

/**
 * Reopens the post the writer had open last, once both the session and the post list are known,
 * and keeps the session's `lastPostId` following the open post from then on.
 */
export function useLastPostRestore(
  session: SessionState | null,
  posts: PostSummary[] | null,
  manager: DocumentManager,
  activeId: string | null,
  updateSession: (change: Partial<SessionState>) => void,
): void {
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !session || !posts) return;
    restored.current = true;
    const last = posts.find((post) => post.id === session.lastPostId);
    if (last?.readable) void manager.open(last.id);
  }, [session, posts, manager]);

  useEffect(() => {
    if (restored.current && activeId && activeId !== session?.lastPostId) updateSession({ lastPostId: activeId });
  }, [activeId, session?.lastPostId, updateSession]);
}
