import type { SiteUrlConfig } from './public-url';
import { escapeFilePath, splitPostPath, type FrontMatter } from './url-parts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The URL Eleventy serves a literal permalink at: one ending in `/` is written as `index.html`
 * in that folder, and a file named `index.html` (or `index`) is served as its folder. Null for
 * a link that climbs with `..` or names nothing.
 */
function permalinkHref(link: string): string | null {
  const file = link.endsWith('/') ? `${link}index.html` : link;
  const parts = file.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts.includes('..')) return null;
  return `/${parts.join('/')}`.replace(/\/index(\.html)?$/, '/');
}

/** The literal link a `permalink` value gives (a string, or an object's `build`); null for none or a template. */
function literalPermalink(value: unknown): string | null {
  const link = isRecord(value) ? value.build : value;
  if (typeof link !== 'string' || link.trim() === '' || /\{[{%]/.test(link)) return null;
  return link.trim();
}

/**
 * The site-relative path of an Eleventy page, from the path inside the input folder (the
 * content folder of the config). A literal front matter `permalink` is the path, as Eleventy
 * writes it (`/x/` to `x/index.html`, `/x.html` as is); `permalink: false` (not written), a
 * template, or a computed one is unknown. Else `posts/day-1.md` is `/posts/day-1/`, and
 * `posts/trip/index.md` and `posts/posts.md` are `/posts/trip/` and `/posts/`, names kept as
 * they are. Only `.md` is built by default. Permalinks from data files are not modelled.
 */
export function eleventyPath(config: SiteUrlConfig, id: string, frontMatter: FrontMatter): string | null {
  const prefix = config.contentDir === '.' ? '' : `${config.contentDir}/`;
  if (!id.startsWith(prefix) || !id.endsWith('.md')) return null;
  if (Object.hasOwn(frontMatter, 'permalink')) {
    const link = literalPermalink(frontMatter.permalink);
    const href = link === null ? null : permalinkHref(link);
    return href === null ? null : escapeFilePath(href);
  }
  const computed = frontMatter.eleventyComputed;
  if (isRecord(computed) && Object.hasOwn(computed, 'permalink')) return null;
  const { folders, stem } = splitPostPath(id.slice(prefix.length));
  // Eleventy writes `x/index.md` and `x/x.md` alike to `x/index.html`.
  const named = stem === 'index' || stem === folders.at(-1) ? folders : [...folders, stem];
  return escapeFilePath(`/${named.map((part) => `${part}/`).join('')}`);
}
