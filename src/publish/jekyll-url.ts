import { parseFrontMatterDate, wallTimeAt, type WallTime } from '../frontmatter/front-matter-date';
import type { SiteUrlConfig } from './public-url';
import {
  dayNames,
  dayOfWeek,
  dayOfYear,
  escapePath,
  expand,
  isoWeek,
  monthNames,
  nonEmptyText,
  pad,
  squeezeSlashes,
  type FrontMatter,
  type Values,
} from './url-parts';

const jekyllStyles: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};
const markdownExtensions = new Set(['.markdown', '.mkdown', '.mkdn', '.mkd', '.md', '.html']);

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

/**
 * The site-relative path of a Jekyll post (`_posts/…/YYYY-MM-DD-name.ext`), unescaped where
 * Jekyll escapes: front matter `permalink`, else the config's style or pattern, else `date`,
 * with every Jekyll 4 placeholder; the date from front matter (moved into the site's zone as
 * Jekyll does), else the name; `slug` feeds `:title` (case kept) and `:slug`; categories from
 * the folders above `_posts`, `categories` and `category`, lowercased.
 */
export function jekyllPath(config: SiteUrlConfig, id: string, frontMatter: FrontMatter): string | null {
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
