import type { SiteProfile } from '../../site/site-profile';
import { astroConfigNames } from '../../site/node/astro-config';
import { literalBlock, literalSetting, readConfigHead } from '../../site/node/literal-config';
import { resolveInsideSite } from '../../site/node/safe-path';
import { firstFile, isFile } from '../../site/node/site-scan';
import { astroContentFolder } from '../astro-url';
import type { SiteUrlConfig } from '../public-url';
import { cleanPath, defaults, splitUrl } from './url-config-parts';

type AstroRoute = 'rest' | 'segment';

/** Page routes that render a collection's entries by slug (Astro 4) or id (Astro 5), those taking nested slugs first. */
const routeFiles: ReadonlyArray<[string, AstroRoute]> = [
  ['[...slug].astro', 'rest'],
  ['[...id].astro', 'rest'],
  ['[slug].astro', 'segment'],
  ['[id].astro', 'segment'],
];

/** Whether the site-relative file exists inside the site, not reached through a link out of it. */
async function isSiteFile(root: string, relative: string): Promise<boolean> {
  try {
    return await isFile(await resolveInsideSite(root, relative));
  } catch {
    return false;
  }
}

async function routeOf(root: string, collection: string): Promise<AstroRoute | null> {
  const found = await Promise.all(routeFiles.map(([name]) => isSiteFile(root, `src/pages/${collection}/${name}`)));
  return routeFiles.find((_, index) => found[index])?.[1] ?? null;
}

/** The post collections the site has a page route for, by the profile's post folders. */
async function astroRoutes(profile: SiteProfile): Promise<Record<string, AstroRoute>> {
  const prefix = `${astroContentFolder}/`;
  const collections = profile.postFolders
    .filter((folder) => folder.startsWith(prefix) && !folder.slice(prefix.length).includes('/'))
    .map((folder) => folder.slice(prefix.length));
  const routes = await Promise.all(collections.map((collection) => routeOf(profile.root, collection)));
  return Object.fromEntries(
    collections.flatMap((collection, index) => {
      const route = routes[index];
      return route ? [[collection, route]] : [];
    }),
  );
}

/**
 * What an Astro config says literally about URLs (it is code, read and never run): `site`
 * gives the origin (its path is not part of page URLs: Astro resolves their paths against it),
 * `base` the base path, `trailingSlash: 'never'` URLs without a final slash, and
 * `build: { format: 'file' }` `.html` pages. Collections get URLs only through a route
 * `src/pages/<collection>/[...slug].astro` (or `[slug]`, `[...id]`, `[id]`); a `build.format`
 * other than `directory` or `file` leaves every URL unknown. Routes elsewhere, computed
 * settings, and `site` or `base` set in an object other than the config are not modelled.
 */
export async function astroUrlConfig(profile: SiteProfile): Promise<SiteUrlConfig> {
  const file = await firstFile(profile.root, astroConfigNames);
  const head = file === undefined ? '' : await readConfigHead(file);
  const format = literalSetting(literalBlock(head, 'build') ?? '', 'format') ?? 'directory';
  const base = literalSetting(head, 'base');
  const modelled = format === 'directory' || format === 'file';
  return {
    ...defaults(profile, astroContentFolder),
    baseUrl: splitUrl(literalSetting(head, 'site'))?.origin ?? null,
    basePath: base === null ? '' : cleanPath(base),
    uglyUrls: format === 'file',
    astroRoutes: modelled ? await astroRoutes(profile) : {},
    dropTrailingSlash: literalSetting(head, 'trailingSlash') === 'never',
  };
}
