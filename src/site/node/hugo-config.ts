import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { LanyardError } from '../../api/lanyard-error';
import { isValidTimeZone } from '../../frontmatter/front-matter-date';
import { resolveInsideSite, toSiteRelative } from './safe-path';

/** Config files only Hugo reads, in the order Hugo looks for them. */
export const hugoConfigNames = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json'];
/** Older config names other generators share too; they mark a Hugo site only beside `content/`. */
export const legacyHugoConfigNames = ['config.toml', 'config.yaml', 'config.yml', 'config.json'];

const defaultContentDir = 'content';

/** What Lanyard takes from a Hugo config. */
export interface HugoConfig {
  /** The config's `title`, untouched; the detector decides what counts as a title. */
  title: unknown;
  /** Site-relative content folder: the config's `contentDir` when it stays inside the site. */
  contentDir: string;
  /** The config's `timeZone` when it names a zone Intl knows, else null. */
  timezone: string | null;
}

function parseConfig(file: string, text: string): unknown {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.toml') return parseToml(text);
  if (extension === '.json') return JSON.parse(text) as unknown;
  return parseYaml(text);
}

/** A top-level config value; Hugo reads keys without regard to case (`contentdir` = `contentDir`). */
function valueOf(config: Record<string, unknown>, key: string): unknown {
  const wanted = key.toLowerCase();
  const found = Object.keys(config).find((name) => name.toLowerCase() === wanted);
  return found === undefined ? undefined : config[found];
}

/** The content folder as a clean site-relative path; one that leaves the site is ignored. */
async function contentDirOf(root: string, value: unknown): Promise<string> {
  if (typeof value !== 'string' || value.trim() === '') return defaultContentDir;
  try {
    return toSiteRelative(root, await resolveInsideSite(root, value.trim()));
  } catch (error) {
    if (error instanceof LanyardError) return defaultContentDir;
    throw error;
  }
}

/**
 * Reads a Hugo config (TOML, YAML or JSON by its extension). A config that is missing, does
 * not parse or is not a table gives the defaults, so the site still opens and can be fixed.
 */
export async function readHugoConfig(root: string, file: string): Promise<HugoConfig> {
  const defaults: HugoConfig = { title: null, contentDir: defaultContentDir, timezone: null };
  let config: unknown;
  try {
    config = parseConfig(file, await fs.readFile(file, 'utf8'));
  } catch {
    return defaults;
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return defaults;
  const table = config as Record<string, unknown>;
  const timezone = valueOf(table, 'timeZone');
  return {
    title: valueOf(table, 'title'),
    contentDir: await contentDirOf(root, valueOf(table, 'contentDir')),
    timezone: typeof timezone === 'string' && isValidTimeZone(timezone) ? timezone : null,
  };
}
