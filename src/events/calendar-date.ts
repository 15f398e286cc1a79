import {
  formatFrontMatterDate,
  instantOf,
  parseFrontMatterDate,
  wallTimeAt,
  zoneOffsetMinutes,
} from '../frontmatter/front-matter-date';

const dayMs = 86_400_000;
const dateOnly = {
  time: false,
  separator: ' ',
  seconds: false,
  fractionDigits: 0,
  offset: 'none',
  spaceBeforeOffset: false,
} as const;

/** Days since 1970-01-01 of a calendar date; `month` is 1–12. */
export function dayIndexOf(date: { year: number; month: number; day: number }): number {
  return Math.round(instantOf({ ...date, hour: 0, minute: 0, second: 0, millisecond: 0 }) / dayMs);
}

/** The day index of a `YYYY-MM-DD` text, null when it is not exactly a real date. */
export function parseCalendarDate(text: string): number | null {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseFrontMatterDate(text) : null;
  return parsed === null ? null : dayIndexOf(parsed.wall);
}

/** The `YYYY-MM-DD` text of a day index. */
export function calendarDateText(dayIndex: number): string {
  return formatFrontMatterDate(wallTimeAt(dayIndex * dayMs, 'UTC'), dateOnly, 0);
}

/** The calendar day an instant falls on in a zone, as a day index. */
export function dayIndexAt(instant: number, timeZone: string): number {
  return dayIndexOf(wallTimeAt(instant, timeZone));
}

/**
 * The first instant of a calendar day in a zone. Where a change of offset skips midnight, the
 * day starts when the clocks jump (`zoneOffsetMinutes` reads a skipped wall time that way).
 */
export function dayStartInstant(dayIndex: number, timeZone: string): number {
  const wall = wallTimeAt(dayIndex * dayMs, 'UTC');
  return instantOf(wall, zoneOffsetMinutes(wall, timeZone));
}

/** The day's name (`Saturday`) in a locale. */
export function weekdayName(dayIndex: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(dayIndex * dayMs);
}
