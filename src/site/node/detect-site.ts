import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LanyardError } from '../../api/lanyard-error';
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

/** The `title` from a YAML config, or null when the config is missing, broken or has none. */
async function titleFromConfig(file: string): Promise<string | null> {
  let source: string;
  try {
    source = await fs.readFile(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const config: unknown = parseYaml(source);
    if (typeof config !== 'object' || config === null || !('title' in config)) return null;
    const title = config.title;
    if (typeof title === 'number') return String(title);
    return typeof title === 'string' && title.trim() !== '' ? title.trim() : null;
  } catch {
    // A config Jekyll itself would reject still opens; the writer may be here to fix it.
    return null;
  }
}

const jekyll: SiteDetector = {
  kind: 'jekyll',
  async detect(root, folderName) {
    const configs = jekyllConfigNames.map((name) => path.join(root, name));
    const configFlags = await Promise.all(configs.map(isFile));
    const config = configs.find((_, index) => configFlags[index]);
    if (config === undefined && !(await isDirectory(path.join(root, '_posts')))) return null;
    const title = config === undefined ? null : await titleFromConfig(config);
    const hasDrafts = await isDirectory(path.join(root, '_drafts'));
    return jekyllProfile(root, title ?? folderName, { hasDrafts });
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
