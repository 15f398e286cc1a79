import { readHugoConfig } from '../../site/node/hugo-config';
import { findHugoConfig, loadHugoConfig } from '../../site/node/hugo-config-files';
import type { SiteProfile } from '../../site/site-profile';
import { astroContentFolder } from '../astro-url';
import type { SiteUrlConfig } from '../public-url';
import { astroUrlConfig } from './astro-url-config';
import { eleventyInputFolder, eleventyPrefixesRootUrls, eleventyUrlConfig } from './eleventy-url-config';
import { jekyllUrlConfig } from './jekyll-url-config';
import { decodedPath, defaults, isTable, splitUrl, text, type Table } from './url-config-parts';

/** A value by key without regard to case, as Hugo reads its config. */
function valueOf(table: Table, key: string): unknown {
  const wanted = key.toLowerCase();
  const found = Object.keys(table).find((name) => name.toLowerCase() === wanted);
  return found === undefined ? undefined : table[found];
}

/** The `posts` pattern, from `[permalinks.page]` (Hugo 0.112 and later) or the older flat `[permalinks]`. */
function hugoPostsPermalink(permalinks: unknown): string | null {
  if (!isTable(permalinks)) return null;
  const page = valueOf(permalinks, 'page');
  return text(valueOf(isTable(page) ? page : permalinks, 'posts'));
}

function hugoUgly(value: unknown): boolean {
  return isTable(value) ? valueOf(value, 'posts') === true : value === true;
}

/** The site's Hugo config as one table; null when there is none or it does not parse. */
async function hugoConfigTable(root: string): Promise<{ file: string; config: Table } | null> {
  const file = await findHugoConfig(root, true);
  if (file === undefined) return null;
  const config = await loadHugoConfig(root, file).catch(() => null);
  return config === null ? null : { file, config };
}

async function hugoUrlConfig(profile: SiteProfile): Promise<SiteUrlConfig> {
  const found = await hugoConfigTable(profile.root);
  const file = found?.file;
  const config = found?.config ?? null;
  if (file === undefined || config === null) return defaults(profile, 'content');
  const { contentDir } = await readHugoConfig(profile.root, file);
  const site = splitUrl(valueOf(config, 'baseURL'));
  return {
    ...defaults(profile, contentDir),
    baseUrl: site?.origin ?? null,
    basePath: site?.path ?? '',
    permalink: hugoPostsPermalink(valueOf(config, 'permalinks')),
    uglyUrls: hugoUgly(valueOf(config, 'uglyURLs')),
  };
}

/** The folder each kind's URL rules start from, before any config is read. */
function defaultContentDir(profile: SiteProfile): string {
  switch (profile.kind) {
    case 'jekyll':
      return '.';
    case 'hugo':
      return 'content';
    case 'astro':
      return astroContentFolder;
    case 'eleventy':
      return eleventyInputFolder(profile);
    case 'plain':
      return profile.newPostFolder;
  }
}

/** A plain site's URL pattern split into origin and path, placeholders kept; the defaults when unset or not a URL. */
function plainUrlConfig(profile: SiteProfile): SiteUrlConfig {
  const base = defaults(profile, defaultContentDir(profile));
  let url: URL;
  try {
    url = new URL(profile.urlPattern ?? '');
  } catch {
    return base;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return base;
  return { ...base, baseUrl: url.origin, permalink: decodedPath(url.pathname) };
}

/**
 * What the site's config says about its public URLs. Jekyll: what `jekyllUrlConfig` reads. Hugo: the config file the detector found, `baseURL` split into origin and path, the `posts`
 * pattern of `permalinks` (flat or under `page`), `uglyURLs` (site-wide or for `posts`), and the
 * content folder. Astro and Eleventy: what `astroUrlConfig` and `eleventyUrlConfig` read. Plain
 * sites: the writer's URL pattern, its origin the base URL and its path the permalink, below
 * the new-post folder. A missing or broken config gives the defaults (no base URL); this never
 * throws.
 */
export async function readSiteUrlConfig(profile: SiteProfile): Promise<SiteUrlConfig> {
  try {
    switch (profile.kind) {
      case 'jekyll':
        return await jekyllUrlConfig(profile);
      case 'hugo':
        return await hugoUrlConfig(profile);
      case 'astro':
        return await astroUrlConfig(profile);
      case 'eleventy':
        return await eleventyUrlConfig(profile);
      case 'plain':
        return plainUrlConfig(profile);
    }
  } catch {
    // An unreadable folder is no reason to fail a publish; the URL is then unknown.
    return defaults(profile, defaultContentDir(profile));
  }
}

/**
 * The path photo links need in front of them: the site's base path (generators leave root
 * URLs in Markdown as written), except where the site rewrites root URLs itself and it would
 * be doubled: a Hugo site with `canonifyURLs` or `relativeURLs`, an Eleventy site with the
 * HTML `<base>` plugin.
 */
export async function photoLinkBasePath(profile: SiteProfile): Promise<string> {
  const { basePath } = await readSiteUrlConfig(profile);
  if (basePath === '') return basePath;
  if (profile.kind === 'eleventy') return (await eleventyPrefixesRootUrls(profile).catch(() => false)) ? '' : basePath;
  if (profile.kind !== 'hugo') return basePath;
  const config = (await hugoConfigTable(profile.root).catch(() => null))?.config ?? null;
  const rewrites = config !== null && [valueOf(config, 'canonifyURLs'), valueOf(config, 'relativeURLs')].includes(true);
  return rewrites ? '' : basePath;
}
