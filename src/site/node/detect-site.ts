import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LanyardError } from '../../api/lanyard-error';
import { isValidTimeZone } from '../../frontmatter/front-matter-date';
import type { SiteKind } from '../site-info';
import { jekyllProfile, plainProfile, type SiteProfile } from '../site-profile';

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
    const configs = jekyllConfigNames.map((name) => path.join(root, name));
    const configFlags = await Promise.all(configs.map(isFile));
    const config = configs.find((_, index) => configFlags[index]);
    if (config === undefined && !(await isDirectory(path.join(root, '_posts')))) return null;
    const { title, timezone } = await readJekyllConfig(config);
    const hasDrafts = await isDirectory(path.join(root, '_drafts'));
    return jekyllProfile(root, title ?? folderName, { hasDrafts, timezone });
  },
};

/** Site-relative folders, down to `plainScanDepth` below the root, that directly hold Markdown. */
async function findMarkdownFolders(root: string): Promise<string[]> {
  const found: string[] = [];
  async function visit(relative: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
    } catch {
      return; // An unreadable subfolder is skipped, not fatal.
    }
    const hasMarkdown = entries.some(
      (entry) => entry.isFile() && markdownExtensions.includes(path.extname(entry.name).toLowerCase()),
    );
    if (hasMarkdown) found.push(relative);
    if (depth >= plainScanDepth) return;
    // Dirent.isDirectory() is false for symlinks, so links (and link loops) are never followed.
    const children = entries.filter(
      (entry) => entry.isDirectory() && !entry.name.startsWith('.') && !skippedFolders.has(entry.name),
    );
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
const detectors: readonly SiteDetector[] = [jekyll, plain];

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
