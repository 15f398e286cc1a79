import type { FieldKind } from '../../../../src/frontmatter/field-schema';
import {
  dateToPickerValue,
  defaultDateFormat,
  formatFrontMatterDate,
  isValidTimeZone,
  parseFrontMatterDate,
  wallTimeAt,
  type DateFormat,
} from '../../../../src/frontmatter/front-matter-date';

/** The site's zone when Intl knows it; an unknown one is treated as no zone rather than failing every date. */
export function usableTimeZone(timeZone: string | null): string | null {
  return timeZone !== null && isValidTimeZone(timeZone) ? timeZone : null;
}

/**
 * How a date field writes: as its current text does; for a field without one, as the site's
 * posts do, else the default — with no time for a `date` field, and with one for a `datetime`.
 */
export function dateFieldFormat(text: string, kind: FieldKind, siteFormat: DateFormat | null): DateFormat {
  const current = parseFrontMatterDate(text.trim())?.format;
  if (current) return current;
  const base = siteFormat ?? defaultDateFormat;
  if (kind === 'date') return { ...base, time: false };
  if (kind === 'datetime' && !base.time) return defaultDateFormat;
  return base;
}

/** What the picker shows for the text: '' for none, null for a text that isn't a date Lanyard reads. */
export function pickerValueOf(text: string, timeZone: string | null): string | null {
  return text.trim() === '' ? '' : dateToPickerValue(text.trim(), timeZone);
}

/** The picker's `step` in seconds: to the millisecond, second or minute the format writes. */
export function pickerStep(format: DateFormat): number {
  if (format.fractionDigits > 0) return 0.001;
  return format.seconds ? 1 : 60;
}

/** The zone the picker's wall time is in, as the writer reads it next to the picker. */
export function zoneLabel(text: string, timeZone: string | null): string {
  if (timeZone !== null) return timeZone;
  const offset = parseFrontMatterDate(text.trim())?.offsetMinutes ?? null;
  if (offset === null) return 'Local time';
  if (offset === 0) return 'UTC';
  const minutes = Math.abs(offset);
  const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `UTC${offset < 0 ? '−' : '+'}${hhmm}`;
}

/** The moment `nowMs` written in the field's format, in the site's zone (the machine's without one). */
export function nowText(format: DateFormat, timeZone: string | null, nowMs: number): string {
  const wall = wallTimeAt(nowMs, timeZone);
  // The offset at this very instant, so the hour the clocks pass twice gets the right one.
  const wallMs = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  return formatFrontMatterDate({ ...wall, millisecond: 0 }, format, Math.round((wallMs - nowMs) / 60_000) || 0);
}
