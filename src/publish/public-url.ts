import type { SiteKind } from '../site/site-info';
import { astroPath } from './astro-url';
import { eleventyPath } from './eleventy-url';
import { hugoPath } from './hugo-url';
import { jekyllPath } from './jekyll-url';
import { plainPath } from './plain-url';
import { escapePath, type FrontMatter } from './url-parts';

/** A Jekyll front matter default (`defaults:` in `_config.yml`), as far as URLs go. */
export interface JekyllDefault {
  /** `scope.path` as written, '' for every path; one with `*` is a glob over the site's files. */
  path: string;
  /** `scope.type` (`posts`, `talks`), the old singular names made plural; null for every type. */
  type: string | null;
  /** `values.permalink`; null when the set gives none. */
  permalink: string | null;
}

/** What a site's config says about its public URLs. */
export interface SiteUrlConfig {
  kind: SiteKind;
  /** absolute, e.g. https://me.example.com; null when unknown */
  baseUrl: string | null;
  /** Jekyll baseurl / Hugo path of baseURL / Astro base / Eleventy pathPrefix, '' or '/blog' */
  basePath: string;
  /**
   * Jekyll's site-wide `permalink` (style name or pattern), or Hugo's `permalinks` pattern for
   * the `posts` section (posts in other sections get Hugo's default), or the path of a plain
   * site's URL pattern; null for defaults
   */
  permalink: string | null;
  /** Hugo uglyURLs, Astro `build.format: 'file'`: pages are `.html` files */
  uglyUrls: boolean;
  /** Hugo's content folder, Eleventy's input folder, `src/content` for Astro, a plain site's new-post folder */
  contentDir: string;
  /**
   * The site's IANA zone, in which Jekyll shows post dates (a date with an offset, or a time with
   * seconds and none, which Jekyll reads as UTC, is moved into it). Absent or null: as written.
   */
  timezone?: string | null;
  /**
   * Astro: the collections the site has a page route for, `rest` for `[...slug]` or `[...id]`
   * (nested slugs too), `segment` for `[slug]` or `[id]`. Absent: none.
   */
  astroRoutes?: Record<string, 'rest' | 'segment'>;
  /** Astro `trailingSlash: 'never'`: page URLs end without a slash. */
  dropTrailingSlash?: boolean;
  /** Jekyll `collections_dir`, site-relative; absent or `.` for the site folder. */
  collectionsDir?: string;
  /**
   * Jekyll: every collection that makes pages (`output: true`), `posts` always among them, with
   * its own `permalink` as written, or null for the one Jekyll derives from the site's. Absent:
   * posts only, with none of their own.
   */
  collectionPermalinks?: Record<string, string | null>;
  /** Jekyll's front matter defaults, in the config's order. Absent: none. */
  permalinkDefaults?: JekyllDefault[];
}

type PathRule = (config: SiteUrlConfig, id: string, frontMatter: FrontMatter) => string | null;

const pathRules: Record<SiteKind, PathRule> = {
  jekyll: jekyllPath,
  hugo: hugoPath,
  astro: astroPath,
  eleventy: eleventyPath,
  plain: plainPath,
};

/**
 * The post's public URL, or null when it cannot be known: no base URL, a template or a token a
 * generator would not fill, a date that does not parse, a page the generator does not build.
 * Each kind's rules are with its path function: `jekyllPath`, `hugoPath`, `astroPath`,
 * `eleventyPath` and `plainPath`. The base path goes in front and the whole path is
 * percent-encoded where a URL needs it.
 */
export function publicPostUrl(
  config: SiteUrlConfig,
  post: { id: string; frontMatter: Record<string, unknown> },
): string | null {
  if (config.baseUrl === null) return null;
  const path = pathRules[config.kind](config, post.id, post.frontMatter);
  if (path === null) return null;
  const base = config.basePath.replace(/^\/+|\/+$/g, '');
  const fullPath = `${base === '' ? '' : `/${base}`}${path}`;
  // A lone surrogate (possible through a YAML escape) has no URL form.
  if (/\p{Cs}/u.test(fullPath)) return null;
  return `${config.baseUrl.replace(/\/+$/, '')}${escapePath(fullPath)}`;
}
