import type { SiteKind } from '../site/site-info';
import { readFrontMatterData } from './front-matter-data';
import { instantOf, parseFrontMatterDate, zoneOffsetMinutes, type DateFormat } from './front-matter-date';

/** The date a generator files a post under: as the post writes it, and the instant it denotes. */
export interface GeneratorDate {
  text: string;
  /** Epoch ms. */
  at: number;
}

// Jekyll dates a post without a `date` by its name.
const datePrefix = /^(\d{4}-\d{2}-\d{2})-/;
// Hugo's own order for a post's publish date; it reads keys in any case.
const hugoDateKeys = ['publishdate', 'pubdate', 'published', 'date'];

// Where a date has no offset, generators differ on the zone it is in, and Jekyll by its format.
function dated(text: string, zoneOf: (format: DateFormat) => string | null): GeneratorDate | null {
  const parsed = parseFrontMatterDate(text);
  if (parsed === null) return null;
  const { wall, format, offsetMinutes } = parsed;
  return { text, at: instantOf(wall, offsetMinutes ?? zoneOffsetMinutes(wall, zoneOf(format))) };
}

function jekyllDate(data: Record<string, unknown>, fileName: string, timezone: string | null): GeneratorDate | null {
  const value = data.date ?? datePrefix.exec(fileName)?.[1];
  if (typeof value !== 'string') return null;
  // Jekyll's YAML reader takes a time with seconds but no offset as UTC; other dates are in the site's zone.
  return dated(value.trim(), (format) => (format.time && format.seconds ? 'UTC' : timezone));
}

function hugoDate(data: Record<string, unknown>, timezone: string | null): GeneratorDate | null {
  for (const key of hugoDateKeys) {
    const value = Object.entries(data).find(([name]) => name.toLowerCase() === key)?.[1];
    const found = typeof value === 'string' ? dated(value.trim(), () => timezone ?? 'UTC') : null;
    if (found !== null) return found;
  }
  return null;
}

/**
 * The date Jekyll or Hugo files a post under, which both compare with the time of the build to
 * leave future posts out; null for the other kinds, or when the post has no date they read.
 * Jekyll takes `date`, else the `YYYY-MM-DD-` prefix of `fileName`; a date without an offset is
 * in the site's zone (`timezone`, null for the machine's), except a time with seconds, which
 * Jekyll reads as UTC. Hugo takes `publishDate`, `pubdate`, `published`, then `date`; one
 * without an offset is in the site's zone, else UTC.
 */
export function generatorDate(
  kind: SiteKind,
  text: string,
  fileName: string,
  timezone: string | null,
): GeneratorDate | null {
  const data = readFrontMatterData(text).data ?? {};
  if (kind === 'jekyll') return jekyllDate(data, fileName, timezone);
  if (kind === 'hugo') return hugoDate(data, timezone);
  return null;
}
