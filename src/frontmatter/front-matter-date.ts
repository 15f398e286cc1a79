import { LanyardError } from '../api/lanyard-error';

/**
 * How a site writes dates in front matter, so a date the form sets is written the same way:
 * `2022-11-28`, `2022-11-28 09:30:00 -0800`, `2022-11-28T09:30:00+01:00`, `…Z`.
 */
export interface DateFormat {
  /** False for a bare `YYYY-MM-DD`. */
  time: boolean;
  /** Between the date and the time. */
  separator: ' ' | 'T';
  seconds: boolean;
  /** Digits of fractional seconds, 0 for none. */
  fractionDigits: number;
  /** `none`: wall time in the site's zone; `Z`: UTC; `hhmm`: `-0800`; `hh:mm`: `-08:00`. */
  offset: 'none' | 'Z' | 'hhmm' | 'hh:mm';
  /** Whether a space comes before the offset (`09:30:00 -0800`). */
  spaceBeforeOffset: boolean;
}

/** A calendar date and clock time with no zone attached; `month` is 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** A front matter date as written. */
export interface ParsedDate {
  wall: WallTime;
  format: DateFormat;
  /** minutes east of UTC as written; null when the text has no offset */
  offsetMinutes: number | null;
}

/** The format new posts use when the site has none: `YYYY-MM-DD HH:MM:SS +ZZZZ` (what Jekyll writes). */
export const defaultDateFormat: DateFormat = {
  time: true,
  separator: ' ',
  seconds: true,
  fractionDigits: 0,
  offset: 'hhmm',
  spaceBeforeOffset: true,
};

const frontMatterDatePattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:([ T])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:( ?)(Z|[+-]\d{2}(?::?\d{2})?))?)?$/;
const pickerPattern = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)?$/;
const minuteMs = 60_000;
const dayMs = 86_400_000;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidWall(wall: WallTime): boolean {
  const { month, day, hour, minute, second } = wall;
  const dateOk = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(wall.year, month);
  return dateOk && hour <= 23 && minute <= 59 && second <= 59;
}

/** The instant (epoch ms) a wall time denotes at an offset, years 0–99 included (`Date.UTC` moves them to the 1900s). */
export function instantOf(wall: WallTime, offsetMinutes = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  return date.setUTCHours(wall.hour, wall.minute - offsetMinutes, wall.second, wall.millisecond);
}

/** Minutes east of UTC for `Z`, `±HH`, `±HHMM` or `±HH:MM`; null past 23:59. */
function parseOffset(text: string): number | null {
  if (text === 'Z') return 0;
  const digits = text.slice(1).replace(':', '');
  const [hours, minutes] = [Number(digits.slice(0, 2)), Number(digits.slice(2) || '0')];
  if (hours > 23 || minutes > 59) return null;
  // `|| 0` keeps `-00:00` from becoming -0.
  return (text.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) || 0;
}

/**
 * Parses the date forms YAML 1.1 / Jekyll / Hugo / Astro accept: YYYY-MM-DD, with ' ' or 'T' then
 * H:MM or HH:MM[:SS[.fff]], optional offset Z, ±HH:MM, ±HHMM, ±HH, optionally preceded by one space.
 * Null when not a valid date (also for 2023-02-30, hour 25, etc.). Fields of the format that do not
 * apply are normalised (a date-only text reads as separator ' ', no seconds, no offset), and `±HH`
 * reads as the `hh:mm` style.
 */
export function parseFrontMatterDate(text: string): ParsedDate | null {
  const match = frontMatterDatePattern.exec(text);
  if (match === null) return null;
  const [, year, month, day, separator, hour, minute, second, fraction, space, offset] = match;
  const wall: WallTime = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millisecond: fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0')),
  };
  const offsetMinutes = offset === undefined ? null : parseOffset(offset);
  if (!isValidWall(wall) || (offsetMinutes === null && offset !== undefined)) return null;
  const format: DateFormat = {
    time: separator !== undefined,
    separator: separator === 'T' ? 'T' : ' ',
    seconds: second !== undefined,
    fractionDigits: fraction?.length ?? 0,
    offset: offset === undefined ? 'none' : offset === 'Z' ? 'Z' : /^.\d{4}$/.test(offset) ? 'hhmm' : 'hh:mm',
    spaceBeforeOffset: space === ' ',
  };
  return { wall, format, offsetMinutes };
}

/** Whether `a` pins down more of a moment than `b`: a time, then seconds, fraction digits, an offset. */
function morePrecise(a: DateFormat, b: DateFormat): boolean {
  const rank = (f: DateFormat) => [Number(f.time), Number(f.seconds), f.fractionDigits, Number(f.offset !== 'none')];
  const [left, right] = [rank(a), rank(b)];
  const index = left.findIndex((value, position) => value !== right[position]);
  return index !== -1 && (left[index] ?? 0) > (right[index] ?? 0);
}

/**
 * The format most of `samples` use (ties: the more precise, then the first seen), ignoring
 * non-dates; null when none parse.
 */
export function mostCommonDateFormat(samples: Iterable<string>): DateFormat | null {
  const counts = new Map<string, { format: DateFormat; count: number }>();
  for (const sample of samples) {
    const parsed = parseFrontMatterDate(sample);
    if (parsed === null) continue;
    const key = JSON.stringify(parsed.format);
    const entry = counts.get(key) ?? { format: parsed.format, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  let best: { format: DateFormat; count: number } | null = null;
  for (const entry of counts.values()) {
    const wins = best === null || entry.count > best.count;
    if (wins || (entry.count === best?.count && morePrecise(entry.format, best.format))) best = entry;
  }
  return best?.format ?? null;
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat | null {
  const cached = zoneFormatters.get(timeZone);
  if (cached !== undefined) return cached;
  try {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    zoneFormatters.set(timeZone, formatter);
    return formatter;
  } catch {
    return null;
  }
}

/** True for an IANA zone Intl knows (e.g. "Europe/Lisbon", "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  return zoneFormatter(zone) !== null;
}

/** The zone the machine's clock is set to; `UTC` when the system's setting names no zone Intl knows. */
function machineZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The wall time at an instant in a zone (null zone: the machine's own zone).
 * Throws `invalid-argument` for a zone Intl does not know.
 */
export function wallTimeAt(epochMs: number, timeZone: string | null): WallTime {
  const zone = timeZone ?? machineZone();
  const formatter = zoneFormatter(zone);
  if (formatter === null) throw new LanyardError('invalid-argument', `"${zone}" is not a time zone Lanyard knows.`);
  const parts = formatter.formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((each) => each.type === type)?.value);
  const eraYear = part('year');
  return {
    year: parts.some((each) => each.type === 'era' && each.value === 'BC') ? 1 - eraYear : eraYear,
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
    // Zone offsets are whole seconds, so the milliseconds are the same everywhere.
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
}

/**
 * The zone's offset from UTC in minutes at an instant (null zone: the machine's own zone), rounded
 * to the minute as old local mean times had odd seconds. Unlike a wall time's, never ambiguous.
 */
export function offsetAtInstant(epochMs: number, timeZone: string | null): number {
  return Math.round((instantOf(wallTimeAt(epochMs, timeZone)) - epochMs) / minuteMs) || 0;
}

/** Whether the zone's clock shows `wall` at the instant `wall` denotes when read with `offset`. */
function offsetFits(wall: WallTime, offsetMinutes: number, timeZone: string | null): boolean {
  return offsetAtInstant(instantOf(wall, offsetMinutes), timeZone) === offsetMinutes;
}

/**
 * The zone's offset from UTC in minutes at that wall time (DST-aware). Around a change of offset
 * the offset in force before the change wins, as Temporal's `compatible` does: a wall time the
 * clocks pass twice is its first occurrence (summer time, in autumn), and a wall time skipped by
 * the change is read with the old offset (standard time, in spring), which lands it after the jump.
 */
export function zoneOffsetMinutes(wall: WallTime, timeZone: string | null): number {
  const asUtc = instantOf(wall);
  const before = offsetAtInstant(asUtc - dayMs, timeZone);
  const after = offsetAtInstant(asUtc + dayMs, timeZone);
  return !offsetFits(wall, before, timeZone) && offsetFits(wall, after, timeZone) ? after : before;
}

function datePart(wall: WallTime): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

function offsetText(offsetMinutes: number, style: 'hhmm' | 'hh:mm'): string {
  const minutes = Math.abs(offsetMinutes);
  const colon = style === 'hh:mm' ? ':' : '';
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}${colon}${pad(minutes % 60)}`;
}

/**
 * Writes a wall time in `format`; `offsetMinutes` is used for 'hhmm' / 'hh:mm' offsets; for 'Z'
 * the wall time is converted to UTC first using offsetMinutes. Throws `invalid-argument` for a
 * wall time that is not a real date in years 0–9999 or an offset that is not whole minutes under a day.
 */
export function formatFrontMatterDate(wall: WallTime, format: DateFormat, offsetMinutes: number): string {
  if (!isValidWall(wall) || wall.year < 0 || wall.year > 9999) {
    throw new LanyardError('invalid-argument', `${JSON.stringify(wall)} is not a date Lanyard can write.`);
  }
  if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) >= 24 * 60) {
    throw new LanyardError('invalid-argument', `${offsetMinutes} minutes is not an offset from UTC.`);
  }
  if (!format.time) return datePart(wall);
  const shown = format.offset === 'Z' ? wallTimeAt(instantOf(wall, offsetMinutes), 'UTC') : wall;
  let text = `${datePart(shown)}${format.separator}${pad(shown.hour)}:${pad(shown.minute)}`;
  if (format.seconds) text += `:${pad(shown.second)}`;
  if (format.seconds && format.fractionDigits > 0) {
    text += `.${pad(shown.millisecond, 3).padEnd(format.fractionDigits, '0').slice(0, format.fractionDigits)}`;
  }
  if (format.offset === 'none') return text;
  const space = format.spaceBeforeOffset ? ' ' : '';
  return `${text}${space}${format.offset === 'Z' ? 'Z' : offsetText(offsetMinutes, format.offset)}`;
}

/**
 * The value for an <input type="date"> (YYYY-MM-DD, when the text is date-only) or
 * <input type="datetime-local"> (YYYY-MM-DDTHH:mm, or YYYY-MM-DDTHH:mm:ss when the text has
 * seconds, with `.sss` when its milliseconds are not zero) showing the text's moment in the site's
 * zone: a text with an offset (or Z) is converted to `timeZone` when one is given, otherwise shown
 * as written. Null when the text is not a date.
 */
export function dateToPickerValue(text: string, timeZone: string | null): string | null {
  const parsed = parseFrontMatterDate(text);
  if (parsed === null) return null;
  const { wall, format, offsetMinutes } = parsed;
  if (!format.time) return datePart(wall);
  const shown =
    offsetMinutes === null || timeZone === null ? wall : wallTimeAt(instantOf(wall, offsetMinutes), timeZone);
  const milliseconds = shown.millisecond === 0 ? '' : `.${pad(shown.millisecond, 3)}`;
  const seconds = format.seconds ? `:${pad(shown.second)}${milliseconds}` : '';
  return `${datePart(shown)}T${pad(shown.hour)}:${pad(shown.minute)}${seconds}`;
}

/** The offset a picked wall time is written with; see `dateFromPickerValue`. */
function pickedOffset(wall: WallTime, timeZone: string | null, previous: ParsedDate | null): number {
  if (timeZone === null) return previous?.offsetMinutes ?? zoneOffsetMinutes(wall, null);
  if (previous !== null && previous.offsetMinutes !== null) {
    const previousZoneOffset = offsetAtInstant(instantOf(previous.wall, previous.offsetMinutes), timeZone);
    // Of a wall time the clocks pass twice, the occurrence the field already had is kept.
    if (offsetFits(wall, previousZoneOffset, timeZone)) return previousZoneOffset;
  }
  return zoneOffsetMinutes(wall, timeZone);
}

/**
 * The front matter text for a picker value (either picker form), written in `format`. The wall
 * time is taken as being in `timeZone`; with no zone, the offset of `previous` (the field's
 * current text) is reused when it has one, else the machine's zone. In a zone, the offset the zone
 * had at `previous`'s moment is kept when the picked wall time can have it, so a wall time the
 * clocks pass twice stays the occurrence the field had; otherwise `zoneOffsetMinutes` decides.
 * Null when the value is not a valid picker value. A date-only format drops the time.
 */
export function dateFromPickerValue(
  value: string,
  format: DateFormat,
  timeZone: string | null,
  previous?: string,
): string | null {
  const picked = pickerPattern.test(value) ? parseFrontMatterDate(value) : null;
  if (picked === null) return null;
  if (!format.time) return datePart(picked.wall);
  const previousDate = previous === undefined ? null : parseFrontMatterDate(previous);
  return formatFrontMatterDate(picked.wall, format, pickedOffset(picked.wall, timeZone, previousDate));
}
