import { parseFrontMatterDate, wallTimeAt, type WallTime } from '../frontmatter/front-matter-date';
import type { JekyllDefault, SiteUrlConfig } from './public-url';
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

/** A file Jekyll makes a page of: its collection, its path inside `collections_dir`, and its name. */
interface JekyllDocument {
  collection: string;
  relative: string;
  name: string;
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
 * A document's categories as Jekyll gathers them: a post's folders above `_posts` (inside
 * `collections_dir`), then `categories` (a string splits at spaces), then `category` as
 * written, lowercased, each once.
 */
function jekyllCategories(document: JekyllDocument, frontMatter: FrontMatter): string[] {
  const { collection, relative, name } = document;
  // Jekyll cuts the path at the first `_posts` it finds, even inside a folder's name.
  const above = collection !== 'posts' || relative.startsWith('_posts') ? '' : relative.split('_posts')[0]!;
  const fromPath = above.split('/').filter((folder) => folder !== '' && folder !== '_posts' && folder !== name);
  const listed = categoryList(frontMatter.categories, true);
  const single = Object.hasOwn(frontMatter, 'category') ? categoryList(frontMatter.category, false) : [];
  const all = [...fromPath, ...listed, ...(single.length > 0 ? single : listed)];
  return [...new Set(all.filter((category) => category !== '').map((category) => category.toLowerCase()))];
}

/** A front matter date as Jekyll shows it in URLs; null when it does not parse. */
function jekyllDate(value: unknown, timezone: string | null): WallTime | null {
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
    short_month: month.slice(0, 3),
    long_month: month,
    day: pad(wall.day),
    i_day: String(wall.day),
    y_day: pad(dayOfYear(wall), 3),
    w_year: String(iso.year),
    week: pad(iso.week),
    w_day: String(weekday === 0 ? 7 : weekday),
    short_day: dayNames[weekday]!.slice(0, 3),
    long_day: dayNames[weekday]!,
    hour: pad(wall.hour),
    minute: pad(wall.minute),
    second: pad(wall.second),
  };
}

/**
 * Where a file sits in a Jekyll site; null for one Jekyll makes no page of: outside
 * `collections_dir`, in a collection without pages, or a draft (production builds leave them out).
 */
function locate(config: SiteUrlConfig, id: string): JekyllDocument | null {
  const dir = config.collectionsDir ?? '.';
  const prefix = dir === '.' ? '' : `${dir}/`;
  if (!id.startsWith(prefix)) return null;
  const relative = id.slice(prefix.length);
  const folders = relative.split('/');
  const name = folders.pop()!;
  const collection = folders[0]?.startsWith('_') ? folders[0].slice(1) : '';
  if (collection !== 'posts' && Object.hasOwn(config.collectionPermalinks ?? {}, collection)) {
    return { collection, relative, name };
  }
  const postsAt = folders.indexOf('_posts');
  // Jekyll's reader never enters a folder whose name starts with `_` or `.` to look for `_posts`.
  if (postsAt === -1 || folders.slice(0, postsAt).some((folder) => /^[_.]/.test(folder))) return null;
  return { collection: 'posts', relative, name };
}

/** The date, slug and extension Jekyll reads from a file name; null for a post whose name holds no date. */
function nameParts({ collection, name }: JekyllDocument) {
  // Jekyll takes a year of two to four digits; one Lanyard cannot read leaves the URL unknown.
  const dated = /^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.*)(\.[^.]+)$/.exec(name);
  if (dated === null) {
    if (collection === 'posts') return null;
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 ? name.slice(dot) : '';
    return { fileDate: null, fileSlug: name.slice(0, name.length - extension.length), extension };
  }
  const [, year = '', month = '', day = '', fileSlug = '', extension = ''] = dated;
  const fileDate = parseFrontMatterDate(`${year}-${pad(Number(month))}-${pad(Number(day))}`);
  return fileDate === null ? null : { fileDate: fileDate.wall, fileSlug, extension };
}

/** A scope's path as Jekyll weighs it: its length without a leading slash. */
const scopeWeight = (scopePath: string) => scopePath.replace(/^\//, '').length;

/** Jekyll's `has_precedence?`: the longer scope path wins, then a scope with a type, then the later one. */
function outranks(next: JekyllDefault, current: JekyllDefault): boolean {
  const difference = scopeWeight(next.path) - scopeWeight(current.path);
  if (difference !== 0) return difference > 0;
  return next.type !== null || current.type === null;
}

/**
 * The permalink Jekyll's front matter defaults give a document, merged in order as
 * `FrontmatterDefaults#all` merges them; null for none; undefined when a glob scope may decide
 * it, as only the files Jekyll finds on disk tell.
 */
function defaultPermalink(config: SiteUrlConfig, id: string, document: JekyllDocument): string | null | undefined {
  const dir = config.collectionsDir ?? '.';
  let permalink: string | null = null;
  let ranking: JekyllDefault | null = null;
  let globMatches = false;
  let globGives = false;
  for (const set of config.permalinkDefaults ?? []) {
    if (set.type !== null && set.type !== document.collection) continue;
    if (set.path.includes('*')) {
      // Every path a glob finds starts with the glob's literal head.
      const head = set.path.split(/[*?[{\\]/)[0]!;
      const matches = document.relative.startsWith(head) || id.startsWith(head);
      globMatches ||= matches;
      globGives ||= matches && set.permalink !== null;
      continue;
    }
    const scope = dir !== '.' && set.path.startsWith(`${dir}/`) ? set.path.slice(dir.length + 1) : set.path;
    if (!document.relative.startsWith(scope)) continue;
    if (ranking === null || outranks(set, ranking)) {
      permalink = set.permalink ?? permalink;
      ranking = set;
    } else {
      permalink ??= set.permalink;
    }
  }
  return globMatches && (globGives || permalink !== null) ? undefined : permalink;
}

/**
 * The template of a document without a permalink of its own or from the defaults: its
 * collection's `permalink`, else for posts the site's style or pattern, and for other
 * collections `/:collection/:path` ending as the site's permalink does (`Utils.add_permalink_suffix`).
 */
function collectionTemplate(config: SiteUrlConfig, collection: string): string {
  const permalinks = config.collectionPermalinks ?? {};
  const own = Object.hasOwn(permalinks, collection) ? permalinks[collection] : null;
  if (own) return own;
  const site = config.permalink ?? 'date';
  if (collection === 'posts') return Object.hasOwn(jekyllStyles, site) ? jekyllStyles[site]! : site;
  if (site === 'pretty') return '/:collection/:path/';
  // Jekyll 4.3 leaves `weekdate` out of this list, so those URLs end bare.
  if (['date', 'ordinal', 'none'].includes(site)) return '/:collection/:path:output_ext';
  return `/:collection/:path${site.endsWith('/') ? '/' : site.endsWith(':output_ext') ? ':output_ext' : ''}`;
}

/**
 * The site-relative path of a Jekyll post (`_posts/…/YYYY-MM-DD-name.ext`) or of a document in
 * a collection that makes pages (`_talks/…/name.ext`), all inside `collections_dir`, unescaped
 * where Jekyll escapes. The template: front matter `permalink`, else the one the config's
 * `defaults:` give (literal scope paths; a glob that may match makes it unknown), else the
 * collection's own, else the site's style or pattern for posts and `/:collection/:path` ending
 * as it does for other collections. Every Jekyll 4 placeholder; the date from front matter
 * (moved into the site's zone as Jekyll does), else the name (a document without either has no
 * date placeholders); `slug` feeds `:title` (case kept) and `:slug`; categories from a post's
 * folders above `_posts`, `categories` and `category`, lowercased.
 */
export function jekyllPath(config: SiteUrlConfig, id: string, frontMatter: FrontMatter): string | null {
  const document = locate(config, id);
  const parts = document && nameParts(document);
  if (!document || !parts) return null;
  const { fileDate, fileSlug, extension } = parts;
  const dated = frontMatter.date !== undefined && frontMatter.date !== null;
  const wall = dated ? jekyllDate(frontMatter.date, config.timezone ?? null) : fileDate;
  if (dated && wall === null) return null;
  const own = nonEmptyText(frontMatter.permalink);
  const defaulted = own === null ? defaultPermalink(config, id, document) : null;
  if (defaulted === undefined) return null;
  const template = own ?? defaulted ?? collectionTemplate(config, document.collection);
  if (/\{[{%]/.test(template)) return null;
  const unset = frontMatter.slug === undefined || frontMatter.slug === null || frontMatter.slug === false;
  const slug = unset ? fileSlug.replace(/\.+$/, '') : nonEmptyText(frontMatter.slug);
  if (slug === null) return null;
  const categories = jekyllCategories(document, frontMatter);
  const withoutExtension = (text: string) => text.slice(0, text.length - extension.length);
  const values: Values = {
    ...(wall === null ? {} : jekyllDateValues(wall)),
    title: jekyllSlugify(slug, 'pretty', true),
    slug: jekyllSlugify(slug, 'default', false),
    categories: categories.join('/'),
    slugified_categories: categories.map((category) => jekyllSlugify(category, 'default', false)).join('/'),
    output_ext: markdownExtensions.has(extension.toLowerCase()) ? '.html' : extension,
    collection: document.collection,
    name: jekyllSlugify(withoutExtension(document.name), 'default', false),
    path: withoutExtension(document.relative).replace(`_${document.collection}`, '').replace(/\.+$/, ''),
  };
  const expanded = expand(template, /:([a-z_]+)/g, (token) => {
    // `:month_:day` means `:month` then `_`, as Jekyll reads it.
    const known = [token, token.replace(/_$/, '')].find((candidate) => Object.hasOwn(values, candidate));
    return known === undefined ? null : escapePath(values[known]!) + token.slice(known.length);
  });
  if (expanded === null) return null;
  return squeezeSlashes(`/${expanded}`.replaceAll('..', '/').replaceAll('./', ''));
}
