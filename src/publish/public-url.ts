import { parseFrontMatterDate, wallTimeAt, type WallTime } from '../frontmatter/front-matter-date';
import type { SiteKind } from '../site/site-info';

/** What a site's config says about its public URLs. */
export interface SiteUrlConfig {
  kind: SiteKind;
  /** absolute, e.g. https://me.example.com; null when unknown */
  baseUrl: string | null;
  /** Jekyll baseurl / Hugo path of baseURL, '' or '/blog' */
  basePath: string;
  /**
   * Jekyll `permalink` (style name or pattern), or Hugo's `permalinks` pattern for the `posts`
   * section (posts in other sections get Hugo's default); null for defaults
   */
  permalink: string | null;
  /** Hugo uglyURLs */
  uglyUrls: boolean;
  contentDir: string;
  /**
   * The site's IANA zone, in which Jekyll shows post dates (a date with an offset, or a time with
   * seconds and none, which Jekyll reads as UTC, is moved into it). Absent or null: as written.
   */
  timezone?: string | null;
}

type FrontMatter = Record<string, unknown>;
type Values = Record<string, string>;
/** A Hugo page's folders below the content folder (a bundle's own excluded) and its base name. */
type HugoPage = { dirs: string[]; baseName: string };

const jekyllStyles: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};
const markdownExtensions = new Set(['.markdown', '.mkdown', '.mkdn', '.mkd', '.md', '.html']);
const monthNames = 'January February March April May June July August September October November December'.split(' ');
const dayNames = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
/** Hugo reads these front matter keys, in order, for a page's date. */
const hugoDateKeys = ['date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified'];
/** Characters a URL path keeps as they are (RFC 3986 pchar and `/`); `%` only before two hex digits. */
const unsafeInPath = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/gu;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const squeezeSlashes = (path: string) => path.replace(/\/{2,}/g, '/');

/** Percent-encodes what a URL path cannot hold; a lone surrogate stays, for the caller to refuse. */
function escapePath(path: string): string {
  return path.replace(unsafeInPath, (char) =>
    char === '%' ? '%25' : /\p{Cs}/u.test(char) ? char : encodeURIComponent(char),
  );
}

function dayOfWeek(wall: WallTime): number {
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
}

function dayOfYear(wall: WallTime): number {
  return (Date.UTC(wall.year, wall.month - 1, wall.day) - Date.UTC(wall.year, 0, 1)) / 86_400_000 + 1;
}

/** The ISO 8601 week-numbering year and week (`%G`, `%V`). */
function isoWeek(wall: WallTime): { year: number; week: number } {
  const thursday = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 3 - ((dayOfWeek(wall) + 6) % 7)));
  const year = thursday.getUTCFullYear();
  return { year, week: Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1 };
}

/** A front matter value, looked up without regard to case as Hugo does. */
function anyCase(frontMatter: FrontMatter, key: string): unknown {
  if (Object.hasOwn(frontMatter, key)) return frontMatter[key];
  return Object.entries(frontMatter).find(([name]) => name.toLowerCase() === key)?.[1];
}

function nonEmptyText(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Replaces `:name` tokens; null when one is unknown, as the generators refuse those too. */
function expand(
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

/** Jekyll's `Utils.slugify` in its `default` and `pretty` modes. */
function jekyllSlugify(text: string, mode: 'default' | 'pretty', cased: boolean): string {
  const replaced = mode === 'pretty' ? /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu : /[^\p{M}\p{L}\p{Nd}]+/gu;
  const slug = text.replace(replaced, '-').replace(/^-|-$/g, '');
  return cased ? slug : slug.toLowerCase();
}

function categoryList(value: unknown, split: boolean): string[] {
  if (value === null || value === undefined || value === false) return [];
  if (typeof value === 'string') return split ? value.split(/\s+/).filter((word) => word !== '') : [value];
  return (Array.isArray(value) ? value.flat(Infinity) : [value])
    .filter((item) => item !== null && item !== undefined)
    .map((item) => String(item));
}

/**
 * A post's categories as Jekyll gathers them: the folders above `_posts`, then `categories`
 * (a string splits at spaces), then `category` as written, lowercased, each once.
 */
function jekyllCategories(id: string, frontMatter: FrontMatter): string[] {
  const folders = id.split('/');
  const postsAt = folders.indexOf('_posts');
  const fromPath = postsAt === -1 ? [] : folders.slice(0, postsAt);
  const listed = categoryList(frontMatter.categories, true);
  const single = Object.hasOwn(frontMatter, 'category') ? categoryList(frontMatter.category, false) : [];
  const all = [...fromPath, ...listed, ...(single.length > 0 ? single : listed)];
  return [...new Set(all.filter((category) => category !== '').map((category) => category.toLowerCase()))];
}

/** The post's date as Jekyll shows it in URLs; null when the front matter date does not parse. */
function jekyllDate(value: unknown, fileDate: WallTime, timezone: string | null): WallTime | null {
  if (value === undefined || value === null) return fileDate;
  const parsed = typeof value === 'string' ? parseFrontMatterDate(value.trim()) : null;
  if (parsed === null) return null;
  const { wall, format, offsetMinutes } = parsed;
  // Jekyll's YAML reader takes a time with seconds but no offset as UTC.
  const offset = offsetMinutes ?? (format.time && format.seconds ? 0 : null);
  if (offset === null || timezone === null) return wall;
  const { year, month, day, hour, minute, second, millisecond } = wall;
  return wallTimeAt(Date.UTC(year, month - 1, day, hour, minute - offset, second, millisecond), timezone);
}

function jekyllDateValues(wall: WallTime): Values {
  const weekday = dayOfWeek(wall);
  const iso = isoWeek(wall);
  const month = monthNames[wall.month - 1]!;
  return {
    year: pad(wall.year, 4),
    short_year: pad(wall.year % 100),
    month: pad(wall.month),
    i_month: String(wall.month),
    short_month: month.slice(0, 3).toUpperCase(),
    long_month: month,
    day: pad(wall.day),
    i_day: String(wall.day),
    y_day: pad(dayOfYear(wall), 3),
    w_year: String(iso.year),
    week: pad(iso.week),
    w_day: String(weekday === 0 ? 7 : weekday),
    short_day: dayNames[weekday]!.slice(0, 3).toUpperCase(),
    long_day: dayNames[weekday]!,
    hour: pad(wall.hour),
    minute: pad(wall.minute),
    second: pad(wall.second),
  };
}

/** The site-relative path of a Jekyll post (`_posts/…/YYYY-MM-DD-name.ext`), unescaped where Jekyll escapes. */
function jekyllPath(config: SiteUrlConfig, id: string, frontMatter: FrontMatter): string | null {
  const name = id.slice(id.lastIndexOf('/') + 1);
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.*)(\.[^.]+)$/.exec(name);
  if (match === null) return null;
  const [, year = '', month = '', day = '', fileSlug = '', extension = ''] = match;
  const fileDate = parseFrontMatterDate(`${year}-${pad(Number(month))}-${pad(Number(day))}`)?.wall;
  const wall = fileDate && jekyllDate(frontMatter.date, fileDate, config.timezone ?? null);
  if (!wall) return null;
  const own = nonEmptyText(frontMatter.permalink);
  const template =
    own ?? (config.permalink === null ? jekyllStyles.date! : (jekyllStyles[config.permalink] ?? config.permalink));
  if (/\{[{%]/.test(template)) return null;
  const unset = frontMatter.slug === undefined || frontMatter.slug === null || frontMatter.slug === false;
  const slug = unset ? fileSlug.replace(/\.+$/, '') : nonEmptyText(frontMatter.slug);
  if (slug === null) return null;
  const categories = jekyllCategories(id, frontMatter);
  const values: Values = {
    ...jekyllDateValues(wall),
    title: jekyllSlugify(slug, 'pretty', true),
    slug: jekyllSlugify(slug, 'default', false),
    categories: categories.join('/'),
    slugified_categories: categories.map((category) => jekyllSlugify(category, 'default', false)).join('/'),
    output_ext: markdownExtensions.has(extension.toLowerCase()) ? '.html' : extension,
    collection: 'posts',
    name: jekyllSlugify(name.slice(0, -extension.length), 'default', false),
    path: id.slice(0, -extension.length).replace('_posts', ''),
  };
  const expanded = expand(template, /:([a-z_]+)/g, (token) => {
    // `:month_:day` means `:month` then `_`, as Jekyll reads it.
    const known = [token, token.replace(/_$/, '')].find((candidate) => Object.hasOwn(values, candidate));
    return known === undefined ? null : escapePath(values[known]!) + token.slice(known.length);
  });
  if (expanded === null) return null;
  return squeezeSlashes(`/${expanded}`.replaceAll('..', '/').replaceAll('./', ''));
}

/** Hugo's `paths.Sanitize`: letters, digits, marks and `./\_#+~-@` stay, spaces become one hyphen, the rest goes. */
function hugoSanitize(text: string): string {
  let result = '';
  let pendingHyphen = false;
  let wasHyphen = false;
  const chars = Array.from(text);
  chars.forEach((char, index) => {
    const escape = char === '%' && /^[0-9A-Fa-f]{2}$/.test((chars[index + 1] ?? '') + (chars[index + 2] ?? ''));
    if (/^[\p{L}\p{Nd}\p{M}./\\_#+~@-]$/u.test(char) || escape) {
      wasHyphen = char === '-';
      if (pendingHyphen && !wasHyphen) result += '-';
      pendingHyphen = false;
      result += char;
    } else if (result !== '' && !wasHyphen && /^\s$/u.test(char)) {
      pendingHyphen = true;
    }
  });
  return result;
}

function hugoDate(frontMatter: FrontMatter): WallTime | null {
  for (const key of hugoDateKeys) {
    const value = anyCase(frontMatter, key);
    if (typeof value === 'string') return parseFrontMatterDate(value.trim())?.wall ?? null;
  }
  return null;
}

function hugoTokenValue(token: string, frontMatter: FrontMatter, page: HugoPage): string | null {
  const title = nonEmptyText(anyCase(frontMatter, 'title'));
  const slug = nonEmptyText(anyCase(frontMatter, 'slug'));
  const wall = hugoDate(frontMatter);
  const weekday = wall && dayOfWeek(wall);
  const values: Record<string, string | null> = {
    year: wall && pad(wall.year, 4),
    month: wall && pad(wall.month),
    monthname: wall && monthNames[wall.month - 1]!,
    day: wall && pad(wall.day),
    weekday: weekday === null ? null : String(weekday),
    weekdayname: weekday === null ? null : dayNames[weekday]!,
    yearday: wall && String(dayOfYear(wall)),
    section: page.dirs[0] ?? null,
    // Deeper folders are sections only when they hold an _index.md, which the path alone cannot tell.
    sections: page.dirs.length === 1 ? page.dirs[0]! : null,
    title,
    slug: slug ?? title,
    filename: page.baseName,
    contentbasename: page.baseName,
    slugorfilename: slug ?? page.baseName,
    slugorcontentbasename: slug ?? page.baseName,
  };
  const value = Object.hasOwn(values, token) ? values[token] : null;
  return value === null || value === undefined ? null : hugoSanitize(value);
}

/** The site-relative path of a Hugo page under the content folder. */
function hugoPath(config: SiteUrlConfig, id: string, frontMatter: FrontMatter): string | null {
  const prefix = config.contentDir === '.' ? '' : `${config.contentDir}/`;
  if (!id.startsWith(prefix)) return null;
  const url = nonEmptyText(anyCase(frontMatter, 'url'));
  if (url !== null) {
    if (/(^|[^\\]):[A-Za-z]/.test(url)) return null;
    const link = `/${url.replace(/^\/+/, '').replaceAll('\\:', ':')}`;
    return link.endsWith('/') || !link.includes('.') ? link.replace(/\/?$/, '/') : link;
  }
  const folders = id.slice(prefix.length).split('/');
  const stem = folders.pop()!.replace(/\.[^.]+$/, '');
  // A bundle's index.md is named by its folder; _index.md is a section's own page, not a post.
  const bundle = stem === 'index';
  if (stem === '_index' || (bundle && folders.length === 0)) return null;
  const dirs = bundle ? folders.slice(0, -1) : folders;
  const baseName = bundle ? folders.at(-1)! : stem;
  const pattern = dirs[0] === 'posts' ? config.permalink : null;
  let path: string | null;
  if (pattern === null) {
    const slug = nonEmptyText(anyCase(frontMatter, 'slug'));
    // Hugo cleans each folder and the name on its own, and an expanded pattern as one piece.
    path = [...dirs, slug ?? baseName].map(hugoSanitize).join('/');
  } else {
    const expanded = expand(pattern, /:(\w+)(\[[^\]]*\])?/g, (token, whole) =>
      whole.includes('[') ? null : hugoTokenValue(token, frontMatter, { dirs, baseName }),
    );
    path = expanded === null ? null : hugoSanitize(expanded);
  }
  if (path === null) return null;
  const clean = squeezeSlashes(path.toLowerCase()).replace(/^\/|\/$/g, '');
  return config.uglyUrls ? `/${clean}.html` : `/${clean}/`;
}

/**
 * The post's public URL, or null when it cannot be known: no base URL, a kind without rules,
 * Liquid or a token a generator would not fill, a date that does not parse.
 * Jekyll (a post named `YYYY-MM-DD-name.ext`): front matter `permalink`, else the config's style
 * or pattern, else `date`, with every Jekyll 4 placeholder; the date from front matter (moved into
 * the site's zone as Jekyll does), else the name; `slug` feeds `:title` (case kept) and `:slug`;
 * categories from the folders above `_posts`, `categories` and `category`, lowercased.
 * Hugo: front matter `url` as written, else the `posts` pattern for a post in `posts`, else the
 * folders and `slug` or the base name (a bundle's folder); sanitised and lowercased as Hugo does,
 * `.html` with uglyURLs.
 */
export function publicPostUrl(
  config: SiteUrlConfig,
  post: { id: string; frontMatter: Record<string, unknown> },
): string | null {
  if (config.baseUrl === null) return null;
  let path: string | null = null;
  if (config.kind === 'jekyll') path = jekyllPath(config, post.id, post.frontMatter);
  else if (config.kind === 'hugo') path = hugoPath(config, post.id, post.frontMatter);
  if (path === null) return null;
  const base = config.basePath.replace(/^\/+|\/+$/g, '');
  const fullPath = `${base === '' ? '' : `/${base}`}${path}`;
  // A lone surrogate (possible through a YAML escape) has no URL form.
  if (/\p{Cs}/u.test(fullPath)) return null;
  return `${config.baseUrl.replace(/\/+$/, '')}${escapePath(fullPath)}`;
}
