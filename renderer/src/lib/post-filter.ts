import type { PostSummary } from '../../../src/posts/post-types';

/** Lower case without accents, so "cafe" finds "Café" and "ÉTÉ" finds "été". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The posts whose title contains every word of the query, in the order given. */
export function filterPosts(posts: readonly PostSummary[], query: string): PostSummary[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...posts];
  return posts.filter((post) => {
    const title = foldForSearch(post.title);
    return words.every((word) => title.includes(word));
  });
}
