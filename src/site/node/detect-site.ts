import { type Dirent, promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LanyardError } from '../../api/lanyard-error';
import { isValidTimeZone } from '../../frontmatter/front-matter-date';
import type { SiteKind } from '../site-info';
import { hugoProfile, jekyllProfile, plainProfile, type SiteProfile } from '../site-profile';
import { hugoConfigNames, legacyHugoConfigNames, readHugoConfig } from './hugo-config';

/** Recognises one kind of site; answers null when the folder is not of its kind. */
interface SiteDetector {
  kind: SiteKind;
  detect(root: string, folderName: string): Promise<SiteProfile | null>;
}

const jekyllConfigNames = ['_config.yml', '_config.yaml'];
const markdownExtensions = ['.md', '.markdown'];
/** Folders a plain-site scan never enters: generated output, dependencies, hidden folders. */
const skippedFolders = new Set(['node_modules', '_site', 'public', 'dist']);
const plainScanDepth = 2;
/** How deep below a Hugo section to look for Markdown: enough for page bundles in nested sections. */
const sectionScanDepth = 3;

async function isFile(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  );
}

async function isDirectory(folder: string): Promise<boolean> {
  return fs.stat(folder).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

/** The first of `names` that is a file in `root`, as an absolute path. */
async function firstFile(root: string, names: readonly string[]): Promise<string | undefined> {
  const files = names.map((name) => path.join(root, name));
  const flags = await Promise.all(files.map(isFile));
  return files.find((_, index) => flags[index]);
}

/** What Lanyard takes from a Jekyll config: its title, and its zone when Intl knows it. */
interface JekyllConfig {
  title: string | null;
  timezone: string | null;
}

function configTitle(title: unknown): string | null {
  if (typeof title === 'number') return String(title);
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : null;
}

/** Parses the config once; no config, or a broken or odd one, gives nulls. */
async function readJekyllConfig(file: string | undefined): Promise<JekyllConfig> {
  const nothing: JekyllConfig = { title: null, timezone: null };
  if (file === undefined) return nothing;
  let config: unknown;
  try {
    config = parseYaml(await fs.readFile(file, 'utf8'));
  } catch {
    // A config Jekyll itself would reject still opens; the writer may be here to fix it.
    return nothing;
  }
  if (typeof config !== 'object' || config === null) return nothing;
  const { title, timezone } = config as Record<string, unknown>;
  return {
    title: configTitle(title),
    timezone: typeof timezone === 'string' && isValidTimeZone(timezone) ? timezone : null,
  };
}

const jekyll: SiteDetector = {
  kind: 'jekyll',
  async detect(root, folderName) {
    const config = await firstFile(root, jekyllConfigNames);
    if (config === undefined && !(await isDirectory(path.join(root, '_posts')))) return null;
    const { title, timezone } = await readJekyllConfig(config);
    return jekyllProfile(root, title ?? folderName, { timezone });
  },
};

function isMarkdownEntry(entry: Dirent): boolean {
  return entry.isFile() && markdownExtensions.includes(path.extname(entry.name).toLowerCase());
}

/** Folders a scan may enter. Dirent.isDirectory() is false for symlinks, so links (and loops) are never followed. */
function isScannedFolder(entry: Dirent): boolean {
  return entry.isDirectory() && !entry.name.startsWith('.') && !skippedFolders.has(entry.name);
}

async function readFolder(folder: string): Promise<Dirent[]> {
  // An unreadable folder is skipped, not fatal.
  return fs.readdir(folder, { withFileTypes: true }).catch(() => []);
}

/** Whether `folder` holds Markdown, directly or down to `depth` folders below. */
async function holdsMarkdown(folder: string, depth: number): Promise<boolean> {
  const entries = await readFolder(folder);
  if (entries.some(isMarkdownEntry)) return true;
  if (depth === 0) return false;
  const children = entries.filter(isScannedFolder);
  const found = await Promise.all(children.map((child) => holdsMarkdown(path.join(folder, child.name), depth - 1)));
  return found.includes(true);
}

/** Names of the content folder's direct subfolders that hold Markdown, sorted. */
async function findHugoSections(root: string, contentDir: string): Promise<string[]> {
  const content = path.join(root, ...contentDir.split('/'));
  const children = (await readFolder(content)).filter(isScannedFolder);
  const flags = await Promise.all(
    children.map((child) => holdsMarkdown(path.join(content, child.name), sectionScanDepth)),
  );
  return children
    .filter((_, index) => flags[index])
    .map((child) => child.name)
    .sort();
}

const hugo: SiteDetector = {
  kind: 'hugo',
  async detect(root, folderName) {
    let config = await firstFile(root, hugoConfigNames);
    if (config === undefined && (await isDirectory(path.join(root, 'content')))) {
      config = await firstFile(root, legacyHugoConfigNames);
    }
    if (config === undefined) return null;
    const { title, contentDir, timezone } = await readHugoConfig(root, config);
    const sections = await findHugoSections(root, contentDir);
    return hugoProfile(root, configTitle(title) ?? folderName, { contentDir, sections, timezone });
  },
};

/** Site-relative folders, down to `plainScanDepth` below the root, that directly hold Markdown. */
async function findMarkdownFolders(root: string): Promise<string[]> {
  const found: string[] = [];
  async function visit(relative: string, depth: number): Promise<void> {
    const entries = await readFolder(path.join(root, relative));
    if (entries.some(isMarkdownEntry)) found.push(relative);
    if (depth >= plainScanDepth) return;
    const children = entries.filter(isScannedFolder);
    await Promise.all(
      children.map((child) => visit(relative === '.' ? child.name : `${relative}/${child.name}`, depth + 1)),
    );
  }
  await visit('.', 0);
  return found;
}

const plain: SiteDetector = {
  kind: 'plain',
  async detect(root, folderName) {
    const [markdownFolders, hasPostsFolder] = await Promise.all([
      findMarkdownFolders(root),
      isDirectory(path.join(root, 'posts')),
    ]);
    return plainProfile(root, folderName, { markdownFolders, hasPostsFolder });
  },
};

/** Tried in order; the first that recognises the folder wins. `plain` accepts any folder, so it is last. */
const detectors: readonly SiteDetector[] = [jekyll, hugo, plain];

/**
 * Works out what kind of site a folder is and how it is laid out.
 * Throws `not-found` when the folder does not exist or is not a folder.
 */
export async function detectSite(root: string): Promise<SiteProfile> {
  const absolute = path.resolve(root);
  const stats = await fs.stat(absolute).catch((error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'EACCES' || error.code === 'EPERM' ? 'cannot be opened (permission denied)' : 'does not exist';
    throw new LanyardError('not-found', `The folder ${absolute} ${reason}.`);
  });
  if (!stats.isDirectory()) throw new LanyardError('not-found', `${absolute} is a file, not a folder.`);
  const folderName = path.basename(absolute) || absolute;
  for (const detector of detectors) {
    const profile = await detector.detect(absolute, folderName);
    if (profile !== null) return profile;
  }
  throw new LanyardError('internal', `No site profile matched ${absolute}.`);
}
