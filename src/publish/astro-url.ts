import type { SiteUrlConfig } from './public-url';
import { escapeFilePath, nonEmptyText, splitPostPath, type FrontMatter } from './url-parts';

/** Where Astro keeps content collections, one folder each. */
export const astroContentFolder = 'src/content';

/**
 * One part of an entry's path as github-slugger (which Astro uses) makes it: lowercased, the
 * punctuation and symbols other than `-` and `_` dropped, each space a hyphen.
 */
function githubSlug(segment: string): string {
  return segment
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_\- ]/gu, '')
    .replaceAll(' ', '-');
}

/**
 * The site-relative path of an Astro collection entry (`src/content/<collection>/<id>.md`),
 * served at `/<collection>/<slug>/` when the site has a page route for the collection (none:
 * null). The slug is front matter `slug` as written, else the path without extension slugified
 * part by part, `x/index` named `x`, as Astro names entries. A one-part route (`[slug].astro`)
 * takes no nested slug. `.html` with `build.format: 'file'`, no final slash with
 * `trailingSlash: 'never'`. Entries in a folder or file starting with `_` are not built.
 */
export function astroPath(config: SiteUrlConfig, id: string, frontMatter: FrontMatter): string | null {
  const prefix = `${astroContentFolder}/`;
  if (!id.startsWith(prefix)) return null;
  const [collection = '', ...entry] = id.slice(prefix.length).split('/');
  const route = config.astroRoutes?.[collection];
  if (route === undefined || entry.length === 0 || entry.some((part) => part.startsWith('_'))) return null;
  const { folders, stem } = splitPostPath(entry.join('/'));
  const generated = [...folders, stem]
    .map(githubSlug)
    .join('/')
    .replace(/\/index$/, '');
  const slug = nonEmptyText(frontMatter.slug) ?? generated;
  if (slug.replace(/\//g, '') === '' || (route === 'segment' && slug.includes('/'))) return null;
  const path = `/${escapeFilePath(collection)}/${escapeFilePath(slug)}`;
  if (config.uglyUrls) return `${path}.html`;
  return config.dropTrailingSlash === true ? path : `${path}/`;
}
