import { instantOf, parseFrontMatterDate } from '../frontmatter/front-matter-date';
import type { PostId } from '../posts/post-types';
import { dayIndexAt, dayIndexOf, parseCalendarDate } from './calendar-date';
import { eventLength, type SiteEvent } from './event';

/** What the event features need to know of an existing post. */
export interface EventPostFacts {
  id: PostId;
  title: string;
  /** The post's date as its front matter writes it, or null. */
  date: string | null;
  /** The front matter's `event`, the id of the event the post belongs to; null when it has none. */
  event: string | null;
  /**
   * The front matter's `event_day`: the post is the event's post for that day, whatever its date
   * says now. Undefined when not read, null when the post has none.
   */
  eventDay?: number | null;
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

/**
 * The event's day posts, each with its day, by day then id: the posts marked `event_day`, and of
 * the ones that only name the event, those dated on one of its days and titled as that day's post
 * would be (`dayTitleOf`) — written before the mark or by hand. Talk notes and the like that name
 * the event stay out; without `dayTitleOf` every dated post of the event is in.
 */
export function eventSeries(
  posts: readonly EventPostFacts[],
  event: SiteEvent,
  dayTitleOf?: (n: number) => string,
): EventSeriesPost[] {
  return posts
    .flatMap((post) => {
      if (post.event !== event.id) return [];
      const marked = post.eventDay ?? null;
      if (marked !== null) return marked >= 1 && marked <= eventLength(event) ? [{ post, n: marked }] : [];
      const n = dayOfPost(post.date, event);
      if (n === null || (dayTitleOf !== undefined && post.title.trim() !== dayTitleOf(n).trim())) return [];
      return [{ post, n }];
    })
    .sort((a, b) => a.n - b.n || (a.post.id < b.post.id ? -1 : a.post.id > b.post.id ? 1 : 0));
}

/**
 * The post already written for day `n` of the event, so "New day post" opens it instead of
 * writing a second one: the one marked `event_day: n`, else one dated that day and titled as the
 * day post. Null when there is none: talk notes of the same day are not it.
 */
export function existingDayPost(
  posts: readonly EventPostFacts[],
  event: SiteEvent,
  n: number,
  dayTitleOf: (n: number) => string,
): PostId | null {
  return eventSeries(posts, event, dayTitleOf).find((entry) => entry.n === n)?.post.id ?? null;
}
