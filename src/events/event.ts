import { isValidTimeZone } from '../frontmatter/front-matter-date';
import { slugify } from '../posts/slug';
import { calendarDateText, dayStartInstant, parseCalendarDate } from './calendar-date';
import { placeholderList, titlePlaceholders, unknownPlaceholders } from './template-placeholders';

/** An event a site blogs about, as `.lanyard/events.yml` keeps it. */
export interface SiteEvent {
  /** The slug of the name unless set apart; day posts name the event by it (`event: devconf-2026`). */
  id: string;
  name: string;
  /** First day, `YYYY-MM-DD`, in the event's zone. */
  start: string;
  /** Last day, `YYYY-MM-DD`, the same as `start` for a one-day event. */
  end: string;
  /** IANA zone of the event's place; Day 1, Day 2… follow the calendar there. */
  timezone: string;
  location: string | null;
  /** Without the leading `#`. */
  hashtag: string | null;
  /** The event's web page, http(s). */
  link: string | null;
  /** Tags every day post gets. */
  tags: string[];
  /** The day post's title, with `{event}`, `{n}`, `{date}`, `{weekday}`, `{location}`. */
  titleTemplate: string;
  /** Name of the body template (`conference-day`, or one of the site's own). */
  template: string;
  /** Site-relative path of a cover image. */
  cover: string | null;
  /** The layout day posts use, where it differs from the site's own for posts. */
  layout: string | null;
  /** Whether day posts get previous/next-day links, kept in step as days are added. */
  seriesLinks: boolean;
}

/** What a form or the events file gives for an event before it is checked; `id` may be left out. */
export type EventInput = { readonly [Key in keyof SiteEvent]?: unknown };

/** An event that passed the checks, or everything wrong with it. */
export type EventCheck = { event: SiteEvent; problems: [] } | { event: null; problems: string[] };

/** Two events whose days share some time, and that in plain words. */
export interface EventOverlap {
  events: [SiteEvent, SiteEvent];
  message: string;
}

export const defaultTitleTemplate = '{event} Day {n}';
export const defaultEventTemplate = 'conference-day';
/** Longer than any conference or trip; more is a typo in a date. */
export const maxEventDays = 31;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxIdLength = 60;
const maxTextLength = 200;
const imageExtensions = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;
const oneLine = /[\p{Cc}\u2028\u2029]/u;

type Checked<T> = { value: T } | { problem: string };

function optionalText(value: unknown, what: string): Checked<string | null> {
  if (value === undefined || value === null) return { value: null };
  if (typeof value !== 'string') return { problem: `The ${what} must be text.` };
  const text = value.trim();
  if (oneLine.test(text)) return { problem: `The ${what} must be one line.` };
  if (text.length > maxTextLength) return { problem: `The ${what} is too long (at most ${maxTextLength} characters).` };
  return { value: text === '' ? null : text };
}

function checkName(value: unknown): Checked<string> {
  const text = optionalText(value, 'name');
  if ('value' in text && text.value === null) return { problem: 'Give the event a name.' };
  return text as Checked<string>;
}

function checkId(value: unknown, name: string | null): Checked<string> {
  if (value === undefined || value === null || value === '') {
    // Without a name the event is refused for that already; one problem is enough.
    return { value: name === null ? '' : slugify(name) };
  }
  if (typeof value !== 'string' || !slugPattern.test(value) || value.length > maxIdLength) {
    return { problem: 'The id must be lowercase letters, digits and single hyphens, like devconf-2026.' };
  }
  return { value };
}

function checkDate(value: unknown, which: 'start' | 'end'): Checked<string> {
  if (value === undefined || value === null || value === '') {
    return { problem: `Give the ${which} date, like 2026-03-14.` };
  }
  if (typeof value !== 'string' || parseCalendarDate(value) === null) {
    const shown = typeof value === 'string' ? `"${value}"` : 'It';
    return { problem: `${shown} is not a date: write the ${which} date as YYYY-MM-DD, like 2026-03-14.` };
  }
  return { value };
}

function checkTimeZone(value: unknown): Checked<string> {
  if (value === undefined || value === null || value === '') {
    return {
      problem: 'Give the time zone where the event happens, like Europe/Berlin: its days follow that calendar.',
    };
  }
  if (typeof value !== 'string' || !isValidTimeZone(value)) {
    const shown = typeof value === 'string' ? `"${value}"` : 'That';
    return {
      problem: `${shown} is not a time zone Lanyard knows; use a name like Europe/Berlin or America/Los_Angeles.`,
    };
  }
  return { value };
}

function checkHashtag(value: unknown): Checked<string | null> {
  const text = optionalText(value, 'hashtag');
  if (!('value' in text) || text.value === null) return text;
  const tag = text.value.replace(/^#/, '');
  if (!/^[\p{L}\p{N}_]+$/u.test(tag)) return { problem: 'The hashtag must be one word, like #devconf26.' };
  return { value: tag };
}

function checkLink(value: unknown): Checked<string | null> {
  const text = optionalText(value, 'link');
  if (!('value' in text) || text.value === null) return text;
  if (!/^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i.test(text.value)) {
    return { problem: 'The link must be a full web address, starting with https://.' };
  }
  return text;
}

function checkTags(value: unknown): Checked<string[]> {
  if (value === undefined || value === null) return { value: [] };
  const problem = { problem: 'The tags must be a list of words, like [conference, devops].' };
  if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string')) return problem;
  const tags = value.map((tag) => tag.trim());
  if (tags.some((tag) => tag === '' || oneLine.test(tag))) return problem;
  return { value: [...new Set(tags)] };
}

function checkTitleTemplate(value: unknown): Checked<string> {
  const text = optionalText(value, 'day title');
  if (!('value' in text) || text.value === null) return { value: defaultTitleTemplate };
  const unknown = unknownPlaceholders(text.value, titlePlaceholders);
  if (unknown.length > 0) {
    return {
      problem: `The day title uses ${unknown.join(', ')}, which Lanyard does not fill; it can use ${placeholderList(titlePlaceholders)}.`,
    };
  }
  return text as Checked<string>;
}

function checkTemplate(value: unknown): Checked<string> {
  if (value === undefined || value === null || value === '') return { value: defaultEventTemplate };
  if (typeof value !== 'string' || !slugPattern.test(value) || value.length > maxIdLength) {
    return { problem: 'The template must be named with lowercase letters, digits and hyphens, like conference-day.' };
  }
  return { value };
}

function checkCover(value: unknown): Checked<string | null> {
  const text = optionalText(value, 'cover');
  if (!('value' in text) || text.value === null) return text;
  const path = text.value.replace(/^\.\//, '');
  const parts = path.split('/');
  const inside = !/^[/\\]|^[A-Za-z]:|:\/\/|\\/.test(path) && !parts.some((part) => part === '..' || part === '');
  if (!inside || !imageExtensions.test(path)) {
    return { problem: 'The cover must be an image in the site, like assets/images/devconf.jpg.' };
  }
  return { value: path };
}

function checkLayout(value: unknown): Checked<string | null> {
  const text = optionalText(value, 'layout');
  if (!('value' in text) || text.value === null) return text;
  if (!/^[\w][\w./-]*$/.test(text.value)) return { problem: 'The layout must be a layout’s name, like post.' };
  return text;
}

function checkSeriesLinks(value: unknown): Checked<boolean> {
  if (value === undefined || value === null) return { value: false };
  if (typeof value !== 'boolean') return { problem: 'Series links are on or off: write true or false.' };
  return { value };
}

function datesProblem(start: string, end: string): string | null {
  const [first, last] = [parseCalendarDate(start) ?? 0, parseCalendarDate(end) ?? 0];
  if (last < first) return `The event ends (${end}) before it starts (${start}).`;
  const days = last - first + 1;
  if (days > maxEventDays) {
    return `The event lasts ${days} days; Lanyard handles events of at most ${maxEventDays} days. Check the dates.`;
  }
  return null;
}

/**
 * Checks an event as a form or the events file gives it, and answers it cleaned: text trimmed,
 * empty optional text as null, the id from the name when none is given, the default title and
 * template when none are, the hashtag without its `#`, duplicate tags dropped.
 */
export function checkEvent(input: EventInput): EventCheck {
  const name = checkName(input.name);
  const fields = {
    name,
    id: checkId(input.id, 'value' in name ? name.value : null),
    start: checkDate(input.start, 'start'),
    end: checkDate(input.end, 'end'),
    timezone: checkTimeZone(input.timezone),
    location: optionalText(input.location, 'location'),
    hashtag: checkHashtag(input.hashtag),
    link: checkLink(input.link),
    tags: checkTags(input.tags),
    titleTemplate: checkTitleTemplate(input.titleTemplate),
    template: checkTemplate(input.template),
    cover: checkCover(input.cover),
    layout: checkLayout(input.layout),
    seriesLinks: checkSeriesLinks(input.seriesLinks),
  };
  const problems = Object.values(fields).flatMap((field) => ('problem' in field ? [field.problem] : []));
  const { start, end } = fields;
  const dates = 'value' in start && 'value' in end ? datesProblem(start.value, end.value) : null;
  if (dates !== null) problems.push(dates);
  if (problems.length > 0) return { event: null, problems };
  const values = Object.fromEntries(
    Object.entries(fields).map(([key, field]) => [key, (field as { value: unknown }).value]),
  );
  return { event: values as unknown as SiteEvent, problems: [] };
}

/** Everything wrong with an event, in plain words; empty when it can be saved. */
export function eventProblems(input: EventInput): string[] {
  return checkEvent(input).problems;
}

/** An id for a new event: the slug of its name, with `-2`, `-3`… when another event has it. */
export function newEventId(name: string, takenIds: Iterable<string>): string {
  const taken = new Set(takenIds);
  const base = slugify(name)
    .slice(0, maxIdLength - 4)
    .replace(/-+$/, '');
  let id = base;
  for (let attempt = 2; taken.has(id); attempt++) id = `${base}-${attempt}`;
  return id;
}

/** How many days the event has. */
export function eventLength(event: SiteEvent): number {
  return (parseCalendarDate(event.end) ?? 0) - (parseCalendarDate(event.start) ?? 0) + 1;
}

/** The instants the event's days cover, in its zone: from its first midnight to the midnight after it. */
export function eventSpan(event: SiteEvent): { from: number; to: number } {
  const first = parseCalendarDate(event.start) ?? 0;
  const last = parseCalendarDate(event.end) ?? 0;
  return { from: dayStartInstant(first, event.timezone), to: dayStartInstant(last + 1, event.timezone) };
}

function datesText(event: SiteEvent): string {
  const dates = event.start === event.end ? event.start : `${event.start} to ${event.end}`;
  return `${dates}, ${event.timezone}`;
}

/**
 * Every pair of events whose days share some time, each event's days taken in its own zone (a
 * day in Kiritimati and the day before in Pago Pago are mostly the same hours). Two such events
 * can both be running, so "New day post" asks which one.
 */
export function overlappingEvents(events: readonly SiteEvent[]): EventOverlap[] {
  const spans = events.map((event) => ({ event, ...eventSpan(event) }));
  const overlaps: EventOverlap[] = [];
  spans.forEach((first, index) => {
    for (const second of spans.slice(index + 1)) {
      if (first.from >= second.to || second.from >= first.to) continue;
      const [a, b] = [first.event, second.event];
      overlaps.push({
        events: [a, b],
        message: `${a.name} (${datesText(a)}) and ${b.name} (${datesText(b)}) overlap; Lanyard asks which one a day post is for when both are running.`,
      });
    }
  });
  return overlaps;
}

/** The date of day `n` of the event, or null when the event has no such day. */
export function dateOfDay(event: SiteEvent, n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > eventLength(event)) return null;
  return calendarDateText((parseCalendarDate(event.start) ?? 0) + n - 1);
}
