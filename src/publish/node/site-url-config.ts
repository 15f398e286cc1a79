import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { hugoConfigNames, legacyHugoConfigNames, readHugoConfig } from '../../site/node/hugo-config';
import type { SiteProfile } from '../../site/site-profile';
import type { SiteUrlConfig } from '../public-url';

type Table = Record<string, unknown>;

const jekyllConfigNames = ['_config.yml', '_config.yaml'];

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function isFile(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  );
}

async function firstFile(root: string, names: readonly string[]): Promise<string | undefined> {
  for (const name of names) {
    const file = path.join(root, name);
    if (await isFile(file)) return file;
  }
  return undefined;
}

/** The config as a table (TOML, JSON or YAML by its extension); null when it is missing, broken or not a table. */
async function readTable(file: string | undefined): Promise<Table | null> {
  if (file === undefined) return null;
  try {
    const text = await fs.readFile(file, 'utf8');
    const extension = path.extname(file).toLowerCase();
    const parsed: unknown =
      extension === '.toml' ? parseToml(text) : extension === '.json' ? JSON.parse(text) : parseYaml(text);
    return isTable(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** A value by key without regard to case, as Hugo reads its config. */
function valueOf(table: Table, key: string): unknown {
  const wanted = key.toLowerCase();
  const found = Object.keys(table).find((name) => name.toLowerCase() === wanted);
  return found === undefined ? undefined : table[found];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** `/blog` for `blog`, `/blog/` or ` /blog`; '' for nothing or `/`. */
function cleanPath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}

function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** An absolute http(s) URL split into its origin and its path; null for anything else. */
function splitUrl(value: unknown): { origin: string; path: string } | null {
  const written = text(value);
  if (written === null) return null;
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Kept decoded, like Jekyll's `baseurl`: whoever writes it into a URL encodes it.
  return { origin: url.origin, path: cleanPath(decodedPath(url.pathname)) };
}

function defaults(profile: SiteProfile, contentDir: string): SiteUrlConfig {
  const { kind, timezone } = profile;
  return { kind, baseUrl: null, basePath: '', permalink: null, uglyUrls: false, contentDir, timezone };
}

async function jekyllUrlConfig(profile: SiteProfile): Promise<SiteUrlConfig> {
  const base = defaults(profile, '.');
  const config = await readTable(await firstFile(profile.root, jekyllConfigNames));
  if (config === null) return base;
  const site = splitUrl(config.url);
  const baseurl = typeof config.baseurl === 'string' ? cleanPath(config.baseurl) : '';
  const posts = isTable(config.collections) ? config.collections.posts : undefined;
  // A permalink set on the posts collection wins over the site-wide one, as in Jekyll.
  const permalink = (isTable(posts) ? text(posts.permalink) : null) ?? text(config.permalink);
  return { ...base, baseUrl: site?.origin ?? null, basePath: `${site?.path ?? ''}${baseurl}`, permalink };
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

async function hugoConfigFile(root: string): Promise<string | undefined> {
  return (await firstFile(root, hugoConfigNames)) ?? (await firstFile(root, legacyHugoConfigNames));
}

async function hugoUrlConfig(profile: SiteProfile): Promise<SiteUrlConfig> {
  const file = await hugoConfigFile(profile.root);
  const config = await readTable(file);
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

/**
 * What the site's config says about its public URLs. Jekyll: `_config.yml` (or `.yaml`) `url`
 * (its path joins the base path), `baseurl`, and `permalink` (the posts collection's own first).
 * Hugo: the config file the detector found, `baseURL` split into origin and path, the `posts`
 * pattern of `permalinks` (flat or under `page`), `uglyURLs` (site-wide or for `posts`), and the
 * content folder. Plain sites, and a missing or broken config, give the defaults (no base URL);
 * this never throws.
 */
export async function readSiteUrlConfig(profile: SiteProfile): Promise<SiteUrlConfig> {
  try {
    if (profile.kind === 'jekyll') return await jekyllUrlConfig(profile);
    if (profile.kind === 'hugo') return await hugoUrlConfig(profile);
  } catch {
    // An unreadable folder is no reason to fail a publish; the URL is then unknown.
  }
  return defaults(profile, profile.kind === 'hugo' ? 'content' : '.');
}

/**
 * The path photo links need in front of them: the site's base path, except on a Hugo site
 * whose `canonifyURLs` or `relativeURLs` rewrites root URLs itself (it would be doubled).
 */
export async function photoLinkBasePath(profile: SiteProfile): Promise<string> {
  const { basePath } = await readSiteUrlConfig(profile);
  if (profile.kind !== 'hugo' || basePath === '') return basePath;
  const config = await readTable(await hugoConfigFile(profile.root)).catch(() => null);
  const rewrites = config !== null && [valueOf(config, 'canonifyURLs'), valueOf(config, 'relativeURLs')].includes(true);
  return rewrites ? '' : basePath;
}
