import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { firstFile, isDirectory } from './site-scan';

/** Config files only Hugo reads, in the order Hugo looks for them. */
export const hugoConfigNames = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json'];
/** Older config names other generators share too; they mark a Hugo site only beside `content/`. */
export const legacyHugoConfigNames = ['config.toml', 'config.yaml', 'config.yml', 'config.json'];
/** Hugo's config directory: `hugo.toml` there, and one file per root key (`params.toml`, `markup.yaml`). */
export const hugoConfigFolder = 'config/_default';

const configExtensions = new Set(['.toml', '.yaml', '.yml', '.json']);
/** A config directory holds a handful of files; more is not one Lanyard reads. */
const maxFolderFiles = 40;

function parseConfig(file: string, text: string): unknown {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.toml') return parseToml(text);
  if (extension === '.json') return JSON.parse(text) as unknown;
  return parseYaml(text);
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The Hugo config of the site at `root`: `hugo.*`, else `config.*` (only beside `content/`
 * unless `anyConfigName`, as other tools use that name too), else `config/_default/hugo.*` or
 * `config.*`, else the `config/_default` folder itself when it holds config files beside
 * `content/`. Undefined when there is none.
 */
export async function findHugoConfig(root: string, anyConfigName = false): Promise<string | undefined> {
  const found = await firstFile(root, hugoConfigNames);
  if (found !== undefined) return found;
  const beside = anyConfigName || (await isDirectory(path.join(root, 'content')));
  if (beside) {
    const legacy = await firstFile(root, legacyHugoConfigNames);
    if (legacy !== undefined) return legacy;
  }
  const folder = path.join(root, ...hugoConfigFolder.split('/'));
  const inFolder = await firstFile(folder, [...hugoConfigNames, ...legacyHugoConfigNames]);
  if (inFolder !== undefined) return inFolder;
  return beside && (await configFilesIn(folder)).length > 0 ? folder : undefined;
}

/** The config files directly in `folder`, links left out, sorted. */
async function configFilesIn(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && configExtensions.has(path.extname(entry.name).toLowerCase()))
    .map((entry) => entry.name)
    .sort()
    .slice(0, maxFolderFiles);
}

/**
 * Parses a Hugo config found by `findHugoConfig` into one table. In `config/_default` the main
 * file's keys come first and every other file is the root key it is named after, as Hugo merges
 * them. Throws the parser's error with `file` set to the file at fault, or the error of a read
 * that failed.
 */
export async function loadHugoConfig(root: string, config: string): Promise<Record<string, unknown>> {
  const folder = path.join(root, ...hugoConfigFolder.split('/'));
  const inFolder = config === folder || path.dirname(config) === folder;
  const files = inFolder ? (await configFilesIn(folder)).map((name) => path.join(folder, name)) : [config];
  const table: Record<string, unknown> = {};
  const nested: Array<[string, unknown]> = [];
  for (const file of files) {
    const text = await fs.readFile(file, 'utf8');
    let parsed: unknown;
    try {
      parsed = parseConfig(file, text);
    } catch (error) {
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { file });
    }
    const key = path.basename(file, path.extname(file)).toLowerCase();
    if (!inFolder || key === 'hugo' || key === 'config') Object.assign(table, isTable(parsed) ? parsed : {});
    else nested.push([key, parsed]);
  }
  // A key file (`params.toml`) fills its key unless the main file set it.
  for (const [key, value] of nested)
    if (!Object.keys(table).some((name) => name.toLowerCase() === key)) table[key] = value;
  return table;
}

/** The config as the writer knows it, relative to the site: `hugo.toml`, `config/_default/hugo.toml`. */
export function hugoConfigName(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
