import { parseFrontMatterDate, type WallTime } from '../frontmatter/front-matter-date';
import { slugify } from '../posts/slug';
import type { SiteUrlConfig } from './public-url';
import {
  escapeFilePath,
  expand,
  nonEmptyText,
  pad,
  splitPostPath,
  squeezeSlashes,
  type FrontMatter,
} from './url-parts';

/** Jekyll's `YYYY-MM-DD-` name prefix, which many plain folders keep too. */
const datePrefix = /^(\d{4}-\d{2}-\d{2})-/;

/** Front matter `date`, else the day the name starts with; null for neither, or a date that does not parse. */
function plainDate(value: unknown, nameDay: string | undefined): WallTime | null {
  if (value === undefined || value === null)
    return nameDay === undefined ? null : (parseFrontMatterDate(nameDay)?.wall ?? null);
  return typeof value === 'string' ? (parseFrontMatterDate(value.trim())?.wall ?? null) : null;
}

/**
 * The site-relative path of a post in a plain folder, from the writer's URL pattern (its path
 * is the config's `permalink`; none: null). `:year`, `:month` and `:day` come from front matter
 * `date`, else a `YYYY-MM-DD-` name prefix; `:slug` is `slug`, else the name without date
 * prefix and extension (a bundle's folder for `x/index.md`), slugified; `:title` the title
 * slugified; `:filename` the name without extension as it is; `:path` the path below the
 * new-post folder (the config's content folder) without extension. A placeholder that is
 * unknown or cannot be filled gives null.
 */
export function plainPath(config: SiteUrlConfig, id: string, frontMatter: FrontMatter): string | null {
  if (config.permalink === null) return null;
  const { folders, stem } = splitPostPath(id);
  const name = stem === 'index' && folders.length > 0 ? folders.at(-1)! : stem;
  const nameDay = datePrefix.exec(name);
  const date = plainDate(frontMatter.date, nameDay?.[1]);
  const title = nonEmptyText(frontMatter.title);
  const prefix = config.contentDir === '.' ? '' : `${config.contentDir}/`;
  const values: Record<string, string | null> = {
    year: date && pad(date.year, 4),
    month: date && pad(date.month),
    day: date && pad(date.day),
    slug: slugify(nonEmptyText(frontMatter.slug) ?? name.slice(nameDay?.[0].length ?? 0)),
    title: title && slugify(title),
    filename: escapeFilePath(stem),
    path: id.startsWith(prefix) ? escapeFilePath([...folders, stem].join('/').slice(prefix.length)) : null,
  };
  const expanded = expand(config.permalink, /:([A-Za-z_]+)/g, (token) =>
    Object.hasOwn(values, token) ? (values[token] ?? null) : null,
  );
  return expanded === null ? null : squeezeSlashes(`/${expanded}`);
}
