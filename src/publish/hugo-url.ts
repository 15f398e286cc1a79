import { parseFrontMatterDate, type WallTime } from '../frontmatter/front-matter-date';
import type { SiteUrlConfig } from './public-url';
import {
  anyCase,
  dayNames,
  dayOfWeek,
  dayOfYear,
  expand,
  monthNames,
  nonEmptyText,
  pad,
  squeezeSlashes,
  type FrontMatter,
} from './url-parts';

/** A Hugo page's folders below the content folder (a bundle's own excluded) and its base name. */
type HugoPage = { dirs: string[]; baseName: string };
/** Hugo reads these front matter keys, in order, for a page's date. */
const hugoDateKeys = ['date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified'];

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

/**
 * The site-relative path of a Hugo page under the content folder: front matter `url` as
 * written, else the `posts` pattern for a post in `posts`, else the folders and `slug` or the
 * base name (a bundle's folder); sanitised and lowercased as Hugo does, `.html` with uglyURLs.
 */
export function hugoPath(config: SiteUrlConfig, id: string, frontMatter: FrontMatter): string | null {
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
