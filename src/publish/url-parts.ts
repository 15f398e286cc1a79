import type { WallTime } from '../frontmatter/front-matter-date';

/** A post's front matter, as read. */
export type FrontMatter = Record<string, unknown>;
/** Placeholder values by name. */
export type Values = Record<string, string>;

/** English month names, as generators print them. */
export const monthNames = 'January February March April May June July August September October November December'.split(
  ' ',
);
/** English day names from Sunday, as generators print them. */
export const dayNames = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
/** Characters a URL path keeps as they are (RFC 3986 pchar and `/`); `%` only before two hex digits. */
const unsafeInPath = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/gu;

/** The number with leading zeros to `width` digits. */
export const pad = (value: number, width = 2) => String(value).padStart(width, '0');
/** The path with each run of slashes made one. */
export const squeezeSlashes = (path: string) => path.replace(/\/{2,}/g, '/');

/** Percent-encodes what a URL path cannot hold; a lone surrogate stays, for the caller to refuse. */
export function escapePath(path: string): string {
  return path.replace(unsafeInPath, (char) =>
    char === '%' ? '%25' : /\p{Cs}/u.test(char) ? char : encodeURIComponent(char),
  );
}

/**
 * Percent-encodes a path taken from a file name, where `%41` is three characters and not an
 * escape, so `escapePath` on the whole URL later leaves it as it is.
 */
export function escapeFilePath(path: string): string {
  return escapePath(path.replaceAll('%', '%25'));
}

/** 0 for Sunday to 6 for Saturday. */
export function dayOfWeek(wall: WallTime): number {
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
}

/** 1 for 1 January. */
export function dayOfYear(wall: WallTime): number {
  return (Date.UTC(wall.year, wall.month - 1, wall.day) - Date.UTC(wall.year, 0, 1)) / 86_400_000 + 1;
}

/** The ISO 8601 week-numbering year and week (`%G`, `%V`). */
export function isoWeek(wall: WallTime): { year: number; week: number } {
  const thursday = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 3 - ((dayOfWeek(wall) + 6) % 7)));
  const year = thursday.getUTCFullYear();
  return { year, week: Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1 };
}

/** A front matter value, looked up without regard to case as Hugo does. */
export function anyCase(frontMatter: FrontMatter, key: string): unknown {
  if (Object.hasOwn(frontMatter, key)) return frontMatter[key];
  return Object.entries(frontMatter).find(([name]) => name.toLowerCase() === key)?.[1];
}

/** A number as text, a string that is not blank as it is, else null. */
export function nonEmptyText(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Replaces `:name` tokens; null when one is unknown, as the generators refuse those too. */
export function expand(
  pattern: string,
  token: RegExp,
  valueOf: (name: string, whole: string) => string | null,
): string | null {
  let unknown = false;
  const expanded = pattern.replace(token, (whole, name: string) => {
    const value = valueOf(name, whole);
    if (value === null) unknown = true;
    return value ?? whole;
  });
  return unknown ? null : expanded;
}

/** A post id split into its folders and its file name without the last extension. */
export function splitPostPath(id: string): { folders: string[]; stem: string } {
  const folders = id.split('/');
  const name = folders.pop()!;
  const dot = name.lastIndexOf('.');
  return { folders, stem: dot > 0 ? name.slice(0, dot) : name };
}
