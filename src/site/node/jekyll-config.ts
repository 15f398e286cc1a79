import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isValidTimeZone } from '../../frontmatter/front-matter-date';
import { unparseableConfig } from './site-problem';

/** Config files Jekyll reads, in the order it looks for them. */
export const jekyllConfigNames = ['_config.yml', '_config.yaml'];

/** What Lanyard takes from a Jekyll config: its title, untouched, and its zone when Intl knows it. */
export interface JekyllConfig {
  title: unknown;
  timezone: string | null;
  /** `collections_dir` as written, trimmed; null when unset. */
  collectionsDir: string | null;
  /** Collections the config builds into pages (`output: true`), besides `posts`, sorted. */
  collections: string[];
}

/** A collection's name becomes a folder name (`_talks`); anything else is not one Lanyard lists. */
const collectionName = /^[A-Za-z0-9][\w-]*$/;

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Names of collections with pages. Jekyll takes `collections` as a map of settings or a plain
 * list; a listed name has no `output`, so it makes no pages and is not listed here.
 */
function outputCollections(collections: unknown): string[] {
  if (!isTable(collections)) return [];
  return Object.entries(collections)
    .filter(([name, settings]) => name !== 'posts' && collectionName.test(name) && isTable(settings))
    .filter(([, settings]) => (settings as Record<string, unknown>).output === true)
    .map(([name]) => name)
    .sort();
}

/**
 * Reads a Jekyll config. No config, or one that is empty or not a table, gives nulls; one that
 * does not parse throws a `SiteProblem` naming the file and the parser's complaint.
 */
export async function readJekyllConfig(file: string | undefined): Promise<JekyllConfig> {
  const nothing: JekyllConfig = { title: null, timezone: null, collectionsDir: null, collections: [] };
  if (file === undefined) return nothing;
  let config: unknown;
  try {
    config = parseYaml(await fs.readFile(file, 'utf8'));
  } catch (error) {
    throw unparseableConfig(path.basename(file), error);
  }
  if (!isTable(config)) return nothing;
  const { title, timezone, collections_dir: collectionsDir, collections } = config;
  return {
    title,
    timezone: typeof timezone === 'string' && isValidTimeZone(timezone) ? timezone : null,
    collectionsDir: typeof collectionsDir === 'string' && collectionsDir.trim() !== '' ? collectionsDir.trim() : null,
    collections: outputCollections(collections),
  };
}
