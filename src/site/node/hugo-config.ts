import { LanyardError } from '../../api/lanyard-error';
import { isValidTimeZone } from '../../frontmatter/front-matter-date';
import { resolveInsideSite, toSiteRelative } from './safe-path';
import { findHugoConfig, hugoConfigName, loadHugoConfig } from './hugo-config-files';
import { SiteProblem, openedAsPlain, unparseableConfig } from './site-problem';

const defaultContentDir = 'content';

/** What Lanyard takes from a Hugo config. */
export interface HugoConfig {
  /** The config's `title`, untouched; the detector decides what counts as a title. */
  title: unknown;
  /** Site-relative content folder: the config's `contentDir`, else `content`. */
  contentDir: string;
  /** Whether the config names the content folder, so it must exist. */
  contentDirSet: boolean;
  /** The config's `timeZone` when it names a zone Intl knows, else null. */
  timezone: string | null;
}

/** A top-level config value; Hugo reads keys without regard to case (`contentdir` = `contentDir`). */
function valueOf(config: Record<string, unknown>, key: string): unknown {
  const wanted = key.toLowerCase();
  const found = Object.keys(config).find((name) => name.toLowerCase() === wanted);
  return found === undefined ? undefined : config[found];
}

/** The content folder as a clean site-relative path; one that leaves the site is a `SiteProblem`. */
async function contentDirOf(root: string, file: string, value: string): Promise<string> {
  try {
    return toSiteRelative(root, await resolveInsideSite(root, value));
  } catch (error) {
    if (!(error instanceof LanyardError)) throw error;
    throw new SiteProblem(
      `The contentDir ${JSON.stringify(value)} in ${hugoConfigName(root, file)} leads outside the site folder. ${openedAsPlain}`,
    );
  }
}

/**
 * Reads a Hugo config (TOML, YAML or JSON by its extension). A config that is missing or not a
 * table gives the defaults. One that does not parse, or whose `contentDir` leads out of the
 * site, throws a `SiteProblem` saying so.
 */
export async function readHugoConfig(root: string, file: string): Promise<HugoConfig> {
  const defaults: HugoConfig = { title: null, contentDir: defaultContentDir, contentDirSet: false, timezone: null };
  let table: Record<string, unknown>;
  try {
    table = await loadHugoConfig(root, file);
  } catch (error) {
    // A config that cannot be read at all is treated as absent; one that does not parse is named.
    const at = (error as { file?: string }).file;
    if (at === undefined) return defaults;
    throw unparseableConfig(hugoConfigName(root, at), error);
  }
  const timezone = valueOf(table, 'timeZone');
  const contentDir = valueOf(table, 'contentDir');
  const contentDirSet = typeof contentDir === 'string' && contentDir.trim() !== '';
  return {
    title: valueOf(table, 'title') ?? null,
    contentDir: contentDirSet ? await contentDirOf(root, file, contentDir.trim()) : defaultContentDir,
    contentDirSet,
    timezone: typeof timezone === 'string' && isValidTimeZone(timezone) ? timezone : null,
  };
}

/** What a Hugo build leaves out of posts, by the site's config; Hugo's defaults when it says nothing. */
export interface HugoBuildSettings {
  /** The config file read, by name (`hugo.toml`); null when the site has none. */
  configName: string | null;
  /** `markup.goldmark.renderer.unsafe`: raw HTML in posts is kept rather than replaced by a comment. */
  rawHtml: boolean;
  /** `buildFuture`: posts dated in the future are built. */
  buildFuture: boolean;
}

function nestedValue(config: unknown, keys: readonly string[]): unknown {
  let value = config;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = valueOf(value as Record<string, unknown>, key);
  }
  return value;
}

// Hugo reads `"true"` as true too.
function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

/**
 * Reads the settings that decide what a build of the Hugo site at `root` leaves out, from its
 * config (`hugo.*`, else `config.*`). No config, or one that does not parse, gives Hugo's
 * defaults: raw HTML dropped, future posts skipped.
 */
export async function readHugoBuildSettings(root: string): Promise<HugoBuildSettings> {
  const file = await findHugoConfig(root, true);
  const configName = file === undefined ? null : hugoConfigName(root, file);
  let config: unknown;
  try {
    config = file === undefined ? null : await loadHugoConfig(root, file);
  } catch {
    config = null;
  }
  return {
    configName,
    rawHtml: isTrue(nestedValue(config, ['markup', 'goldmark', 'renderer', 'unsafe'])),
    buildFuture: isTrue(nestedValue(config, ['buildFuture'])),
  };
}
