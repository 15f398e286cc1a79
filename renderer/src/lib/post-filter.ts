import type { PostSummary } from '../../../src/posts/post-types';

/** Lower case without accents, so "cafe" finds "Café" and "ÉTÉ" finds "été". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

function titleHasAll(title: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const folded = foldForSearch(title);
  return words.every((word) => folded.includes(word));
}

/**
 * The posts whose title contains every word of the query, in the order given. With an event id,
 * only the posts of that event; null keeps posts of any event and of none.
 */
export function filterPosts(
  posts: readonly PostSummary[],
  query: string,
  eventId: string | null = null,
): PostSummary[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0 && eventId === null) return [...posts];
  return posts.filter((post) => (eventId === null || post.event === eventId) && titleHasAll(post.title, words));
}

/**
 * The posts oldest first, so an event reads Day 1, Day 2…; posts without a date go last. Dates
 * are compared as written: ISO-like dates sort as text, and a time after the day still sorts
 * within it. Posts with the same date keep their order.
 */
export function oldestFirst(posts: readonly PostSummary[]): PostSummary[] {
  return [...posts].sort((a, b) => {
    if (a.date === b.date) return 0;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  });
}
