import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { SiteProfile } from '../../site/site-profile';
import type { SiteUrlConfig } from '../public-url';

/** A parsed config's key/value map. */
export type Table = Record<string, unknown>;

/** Whether a parsed value is a key/value map. */
export function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The config as a table (TOML, JSON or YAML by its extension); null when it is missing, broken or not a table. */
export async function readTable(file: string | undefined): Promise<Table | null> {
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

/** A string that is not blank, trimmed; else null. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** `/blog` for `blog`, `/blog/` or ` /blog`; '' for nothing or `/`. */
export function cleanPath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}

/** A URL path with its escapes decoded; as it is when one does not decode. */
export function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** An absolute http(s) URL split into its origin and its path; null for anything else. */
export function splitUrl(value: unknown): { origin: string; path: string } | null {
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

/** What is known of a site's URLs before its config is read: nothing but its kind, zone and content folder. */
export function defaults(profile: SiteProfile, contentDir: string): SiteUrlConfig {
  const { kind, timezone } = profile;
  return { kind, baseUrl: null, basePath: '', permalink: null, uglyUrls: false, contentDir, timezone };
}
