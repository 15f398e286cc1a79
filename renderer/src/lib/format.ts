import type { PostSummary } from '../../../src/posts/post-types';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const numberFormat = new Intl.NumberFormat();

/** A post's date for the list, e.g. "23 Nov 2026"; as written when it isn't a plain date. */
export function formatPostDate(date: string | null): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  // Built from parts, not parsed: "2026-11-23" alone would be read as UTC and may shift a day.
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(day.getTime()) ? date : dateFormat.format(day);
}

/** "1,234 words", "1 word". */
export function formatWords(words: number): string {
  return `${numberFormat.format(words)} ${words === 1 ? 'word' : 'words'}`;
}

/** "4 min read"; under a minute reads as "< 1 min read". */
export function formatReadingTime(minutes: number): string {
  return minutes < 1 ? '< 1 min read' : `${Math.round(minutes)} min read`;
}

/** The title to show: files without one fall back to their name. */
export function displayTitle(post: Pick<PostSummary, 'id' | 'title'>): string {
  return post.title.trim() || post.id.slice(post.id.lastIndexOf('/') + 1);
}
