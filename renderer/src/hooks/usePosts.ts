import { useCallback, useEffect, useRef, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { PostSummary } from '../../../src/posts/post-types';
import { useLanyardEvent } from './useLanyardEvent';

/** A burst of file events (a git checkout) becomes one refetch. */
const REFETCH_DELAY_MS = 120;

/** The site's posts, newest first as the API sorts them; refetched when files change on disk. */
export function usePosts(
  api: LanyardApi,
  report: (error: unknown) => void,
): { posts: PostSummary[] | null; refresh: () => Promise<void> } {
  const [posts, setPosts] = useState<PostSummary[] | null>(null);
  const request = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refresh = useCallback(async () => {
    const id = ++request.current;
    try {
      const list = await api.posts.list();
      // An older answer must not replace a newer one.
      if (id === request.current) setPosts(list);
    } catch (error) {
      report(error);
      if (id === request.current) setPosts((current) => current ?? []);
    }
  }, [api, report]);

  useEffect(() => {
    const id = ++request.current;
    api.posts.list().then(
      (list) => id === request.current && setPosts(list),
      (error: unknown) => {
        report(error);
        if (id === request.current) setPosts([]);
      },
    );
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [api, report]);

  useLanyardEvent(api, 'posts.changed', () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => void refresh(), REFETCH_DELAY_MS);
  });

  return { posts, refresh };
}
