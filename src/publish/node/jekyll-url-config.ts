import path from 'node:path';
import { jekyllConfigNames } from '../../site/node/jekyll-config';
import { firstFile } from '../../site/node/site-scan';
import type { SiteProfile } from '../../site/site-profile';
import type { JekyllDefault, SiteUrlConfig } from '../public-url';
import { cleanPath, defaults, isTable, readTable, splitUrl, text, type Table } from './url-config-parts';

/** Jekyll 4 still reads these old singular types as the collections' names. */
const pluralTypes: Record<string, string> = { post: 'posts', draft: 'drafts', page: 'pages' };

/** `collections_dir` as a site-relative folder, `.` for the site folder. */
function collectionsFolder(value: unknown): string {
  const written = text(value);
  if (written === null) return '.';
  const folder = path.posix.normalize(written.replace(/^\/+|\/+$/g, '')).replace(/\/+$/, '');
  return folder === '' ? '.' : folder;
}

/** Each collection that makes pages, `posts` always, with its own `permalink` or null. */
function collectionPermalinks(collections: unknown): Record<string, string | null> {
  const settingsOf = (name: string) => (isTable(collections) && isTable(collections[name]) ? collections[name] : {});
  const permalinks: Record<string, string | null> = { posts: text(settingsOf('posts').permalink) };
  for (const name of isTable(collections) ? Object.keys(collections) : []) {
    if (name !== 'posts' && settingsOf(name).output === true) permalinks[name] = text(settingsOf(name).permalink);
  }
  return permalinks;
}

/**
 * One `defaults:` entry; null for one Jekyll skips (no `values` map) or whose scope no
 * document has (a type that is not a name).
 */
function permalinkDefault(set: unknown): JekyllDefault | null {
  if (!isTable(set) || !isTable(set.values)) return null;
  const scope: Table = isTable(set.scope) ? set.scope : {};
  const type = scope.type ?? null;
  if (type !== null && typeof type !== 'string') return null;
  return {
    path: typeof scope.path === 'string' ? scope.path : '',
    type: type === null ? null : (pluralTypes[type] ?? type),
    permalink: text(set.values.permalink),
  };
}

/**
 * What a Jekyll site's `_config.yml` (or `.yaml`) says about its URLs: `url` (its path joins
 * the base path), `baseurl`, the site-wide `permalink`, `collections_dir`, the collections
 * that make pages (`output: true`) with their own `permalink`, and the front matter `defaults:`.
 * No config, or one that does not parse, gives the defaults.
 */
export async function jekyllUrlConfig(profile: SiteProfile): Promise<SiteUrlConfig> {
  const base: SiteUrlConfig = {
    ...defaults(profile, '.'),
    collectionsDir: '.',
    collectionPermalinks: { posts: null },
    permalinkDefaults: [],
  };
  const config = await readTable(await firstFile(profile.root, jekyllConfigNames));
  if (config === null) return base;
  const site = splitUrl(config.url);
  const baseurl = typeof config.baseurl === 'string' ? cleanPath(config.baseurl) : '';
  const sets = Array.isArray(config.defaults) ? config.defaults : [];
  return {
    ...base,
    baseUrl: site?.origin ?? null,
    basePath: `${site?.path ?? ''}${baseurl}`,
    permalink: text(config.permalink),
    collectionsDir: collectionsFolder(config.collections_dir),
    collectionPermalinks: collectionPermalinks(config.collections),
    permalinkDefaults: sets.map(permalinkDefault).filter((set) => set !== null),
  };
}
