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
}

/**
 * Reads a Jekyll config. No config, or one that is empty or not a table, gives nulls; one that
 * does not parse throws a `SiteProblem` naming the file and the parser's complaint.
 */
export async function readJekyllConfig(file: string | undefined): Promise<JekyllConfig> {
  const nothing: JekyllConfig = { title: null, timezone: null };
  if (file === undefined) return nothing;
  let config: unknown;
  try {
    config = parseYaml(await fs.readFile(file, 'utf8'));
  } catch (error) {
    throw unparseableConfig(path.basename(file), error);
  }
  if (typeof config !== 'object' || config === null) return nothing;
  const { title, timezone } = config as Record<string, unknown>;
  return { title, timezone: typeof timezone === 'string' && isValidTimeZone(timezone) ? timezone : null };
}
