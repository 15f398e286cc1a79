/**
 * The words the writer has written on one day, post by post: the count each post had when
 * first seen that day, and its latest count.
 */
export interface DailyWords {
  /** `YYYY-MM-DD`, the writer's local day. */
  day: string;
  /** The first count seen for each post that day: the words it already had. */
  first: Record<string, number>;
  /** The latest count seen for each post that day. */
  latest: Record<string, number>;
}

/** The most posts followed in one day; past it, a new post counts nothing, so the store stays small. */
export const maxDailyWordPosts = 500;

/** What the posts of a day add up to: each post's words past its first count, never below none. */
export function wordsWritten(state: DailyWords): number {
  let written = 0;
  for (const [key, first] of Object.entries(state.first)) {
    written += Math.max(0, (state.latest[key] ?? first) - first);
  }
  return written;
}

/**
 * Records that the post `key` has `words` words on `day`. The first count of a post on a day is
 * its baseline, so opening a long post, or a day post filled from a template, counts nothing
 * until words are added. Another day starts afresh. Answers the new state and the words written
 * that day.
 */
export function recordWords(
  state: DailyWords | null,
  day: string,
  key: string,
  words: number,
): { state: DailyWords; written: number } {
  const today = state?.day === day ? state : { day, first: {}, latest: {} };
  const known = Object.hasOwn(today.first, key);
  // Past the limit a new post is left out rather than an old one dropped: dropping one would
  // take its words back from the day's total.
  if (!known && Object.keys(today.first).length >= maxDailyWordPosts) {
    return { state: today, written: wordsWritten(today) };
  }
  const next: DailyWords = {
    day,
    first: known ? today.first : { ...today.first, [key]: words },
    latest: { ...today.latest, [key]: words },
  };
  return { state: next, written: wordsWritten(next) };
}
