import { doubleQuoted } from '../frontmatter/yaml-scalar-text';
import type { SiteKind } from '../site/site-info';
import { parseCalendarDate, weekdayName } from './calendar-date';
import { defaultTitleTemplate, type SiteEvent } from './event';
import type { DayOfEvent } from './event-day';
import { bodyPlaceholders, fillPlaceholders, titlePlaceholders, type FilledTemplate } from './template-placeholders';

/** The key of a `key: value` front matter line. */
const keyPattern = /^([A-Za-z_][\w-]*):(?:[ \t]|$)/;

function titleValues(event: SiteEvent, day: DayOfEvent, locale: string): Record<string, string> {
  const dayIndex = parseCalendarDate(day.date);
  return {
    event: event.name,
    n: String(day.n),
    date: day.date,
    weekday: dayIndex === null ? '' : weekdayName(dayIndex, locale),
    location: event.location ?? '',
  };
}

function pick(values: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, values[name] ?? '']));
}

/**
 * The day post's title from the event's title template: `{event}`, `{n}`, `{date}`,
 * `{weekday}` (in `locale`, English by default) and `{location}`, on one line with runs of
 * spaces collapsed. A template that fills to nothing gives the default title.
 */
export function dayPostTitle(event: SiteEvent, day: DayOfEvent, locale = 'en'): FilledTemplate {
  const values = pick(titleValues(event, day, locale), titlePlaceholders);
  const filled = fillPlaceholders(event.titleTemplate, values);
  const text = filled.text.replace(/\s+/g, ' ').trim();
  if (text !== '') return { text, unknown: filled.unknown };
  return { text: fillPlaceholders(defaultTitleTemplate, values).text, unknown: filled.unknown };
}

/**
 * A body template filled for a day: the title's placeholders plus `{hashtag}` (with its `#`),
 * `{link}` and `{tags}` (comma-separated); what the event leaves unset fills as nothing.
 */
export function dayPostBody(template: string, event: SiteEvent, day: DayOfEvent, locale = 'en'): FilledTemplate {
  const values = {
    ...titleValues(event, day, locale),
    hashtag: event.hashtag === null ? '' : `#${event.hashtag}`,
    link: event.link ?? '',
    tags: event.tags.join(', '),
  };
  return fillPlaceholders(template, pick(values, bodyPlaceholders));
}

function withLine(lines: readonly string[], key: string, value: string, where: 'first' | 'last'): string[] {
  const line = `${key}: ${value}`;
  const index = lines.findIndex((each) => keyPattern.exec(each)?.[1] === key);
  if (index !== -1) return lines.map((each, position) => (position === index ? line : each));
  return where === 'first' ? [line, ...lines] : [...lines, line];
}

/** The front matter key that marks a post as its event's post for a day, apart from talk notes and the like. */
export const dayPostKey = 'event_day';

/**
 * The front matter key a cover image goes under, as each generator's usual themes read it:
 * Jekyll's and Eleventy's `image` (jekyll-seo-tag and most themes), Hugo's `images` list (its
 * built-in Open Graph and Twitter templates). Astro's blog template takes `heroImage` only as an
 * image it imports, which a served URL breaks, so Astro gets a plain `cover` for its layout to use.
 */
export const coverKeys: Record<SiteKind, { key: string; list: boolean }> = {
  jekyll: { key: 'image', list: false },
  hugo: { key: 'images', list: true },
  astro: { key: 'cover', list: false },
  eleventy: { key: 'image', list: false },
  plain: { key: 'image', list: false },
};

/**
 * The front matter lines of a day post, from the lines a new post of the site's kind starts with
 * (`createPost`'s: title, date in the site's format, the kind's own keys): the event's tags
 * replace the kind's empty list, `event: <id>` ties the post to its event, the event's layout
 * replaces the kind's (a kind without one, and an event without one, get none), a cover's URL
 * goes under the kind's cover key, and `event_day: <n>` marks it as the event's post for day `n`.
 */
export function dayPostFrontMatter(
  lines: readonly string[],
  event: SiteEvent,
  { n = null, cover = null }: { n?: number | null; cover?: { kind: SiteKind; url: string } | null } = {},
): string[] {
  let result = [...lines];
  if (cover !== null) {
    const { key, list } = coverKeys[cover.kind];
    const value = doubleQuoted(cover.url);
    result = withLine(result, key, list ? `[${value}]` : value, 'last');
  }
  if (event.layout !== null) result = withLine(result, 'layout', doubleQuoted(event.layout), 'first');
  if (event.tags.length > 0) {
    result = withLine(result, 'tags', `[${event.tags.map((tag) => doubleQuoted(tag)).join(', ')}]`, 'last');
  }
  result = withLine(result, 'event', doubleQuoted(event.id), 'last');
  return n === null ? result : withLine(result, dayPostKey, String(n), 'last');
}
