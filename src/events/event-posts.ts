import { instantOf, parseFrontMatterDate } from '../frontmatter/front-matter-date';
import type { PostId } from '../posts/post-types';
import { dayIndexAt, dayIndexOf, parseCalendarDate } from './calendar-date';
import type { SiteEvent } from './event';

/** What the event features need to know of an existing post. */
export interface EventPostFacts {
  id: PostId;
  title: string;
  /** The post's date as its front matter writes it, or null. */
  date: string | null;
  /** The front matter's `event`, the id of the event the post belongs to; null when it has none. */
  event: string | null;
}

/** A post of an event's series, with the day it is about. */
export interface EventSeriesPost {
  post: EventPostFacts;
  n: number;
}

/**
 * The day of the event a post's date falls on, or null when it falls outside the event or is
 * not a date. A date with an offset is taken to the event's zone (a Berlin-dated post about a Las
 * Vegas day counts for the Las Vegas day); a date without one counts as written.
 */
export function dayOfPost(date: string | null, event: SiteEvent): number | null {
  const parsed = date === null ? null : parseFrontMatterDate(date.trim());
  const first = parseCalendarDate(event.start);
  const last = parseCalendarDate(event.end);
  if (parsed === null || first === null || last === null) return null;
  const { wall, offsetMinutes } = parsed;
  const day = offsetMinutes === null ? dayIndexOf(wall) : dayIndexAt(instantOf(wall, offsetMinutes), event.timezone);
  return day < first || day > last ? null : day - first + 1;
}

/** The posts that name the event in their front matter, each with its day, by day then id; undated ones left out. */
export function eventSeries(posts: readonly EventPostFacts[], event: SiteEvent): EventSeriesPost[] {
  return posts
    .flatMap((post) => {
      const n = post.event === event.id ? dayOfPost(post.date, event) : null;
      return n === null ? [] : [{ post, n }];
    })
    .sort((a, b) => a.n - b.n || (a.post.id < b.post.id ? -1 : a.post.id > b.post.id ? 1 : 0));
}

/**
 * The post already written for day `n` of the event, so "New day post" opens it instead of
 * writing a second one; null when there is none. Of several posts on that day (a day post and
 * talk notes, say), the one titled as the day post would be wins, else the first by id.
 */
export function existingDayPost(
  posts: readonly EventPostFacts[],
  event: SiteEvent,
  n: number,
  dayTitle: string,
): PostId | null {
  const sameDay = eventSeries(posts, event).filter((entry) => entry.n === n);
  const titled = sameDay.find((entry) => entry.post.title.trim() === dayTitle.trim());
  return (titled ?? sameDay[0])?.post.id ?? null;
}
