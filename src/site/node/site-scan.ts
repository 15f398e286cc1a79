import { type Dirent, promises as fs } from 'node:fs';
import path from 'node:path';
import type { PostNaming } from '../site-profile';
import { SiteProblem, openedAsPlain } from './site-problem';

const markdownExtensions = ['.md', '.markdown', '.mdx'];
/** Folders a scan never enters: generated output and dependencies. Hidden folders are skipped too. */
const generatedFolders = ['node_modules', '_site', 'public', 'dist'];

/** Whether `file` is a file, following links. */
export async function isFile(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  );
}

/** Whether `folder` is a folder, following links. */
export async function isDirectory(folder: string): Promise<boolean> {
  return fs.stat(folder).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

/** The first of `names` that is a file in `root`, as an absolute path. */
export async function firstFile(root: string, names: readonly string[]): Promise<string | undefined> {
  const files = names.map((name) => path.join(root, name));
  const flags = await Promise.all(files.map(isFile));
  return files.find((_, index) => flags[index]);
}

/** The absolute path of a site-relative POSIX folder. */
export function siteFolder(root: string, relative: string): string {
  return path.join(root, ...relative.split('/'));
}

function isMarkdownEntry(entry: Dirent): boolean {
  return entry.isFile() && markdownExtensions.includes(path.extname(entry.name).toLowerCase());
}

/** Folders a scan may enter. Dirent.isDirectory() is false for symlinks, so links (and loops) are never followed. */
function isScannedFolder(entry: Dirent, skipped: readonly string[]): boolean {
  return (
    entry.isDirectory() &&
    !entry.name.startsWith('.') &&
    !generatedFolders.includes(entry.name) &&
    !skipped.includes(entry.name)
  );
}

async function readFolder(folder: string): Promise<Dirent[]> {
  // An unreadable folder is skipped, not fatal.
  return fs.readdir(folder, { withFileTypes: true }).catch(() => []);
}

/** Names of the folders directly in `folder` that a scan would enter, sorted. */
export async function subfolderNames(folder: string): Promise<string[]> {
  const entries = await readFolder(folder);
  return entries
    .filter((entry) => isScannedFolder(entry, []))
    .map((entry) => entry.name)
    .sort();
}

/** Whether `folder` holds Markdown, directly or down to `depth` folders below. */
async function holdsMarkdown(folder: string, depth: number): Promise<boolean> {
  const entries = await readFolder(folder);
  if (entries.some(isMarkdownEntry)) return true;
  if (depth === 0) return false;
  const children = entries.filter((entry) => isScannedFolder(entry, []));
  const found = await Promise.all(children.map((child) => holdsMarkdown(path.join(folder, child.name), depth - 1)));
  return found.includes(true);
}

/** Names of `folder`'s direct subfolders that hold Markdown down to `depth` folders below them, sorted. */
export async function subfoldersHoldingMarkdown(folder: string, depth: number): Promise<string[]> {
  const names = await subfolderNames(folder);
  const flags = await Promise.all(names.map((name) => holdsMarkdown(path.join(folder, name), depth)));
  return names.filter((_, index) => flags[index]);
}

/**
 * Folders, relative to `start` and down to `depth` below it, that directly hold Markdown
 * (`.` for `start` itself). Folders named in `skipped` are never entered.
 */
export async function findMarkdownFolders(
  start: string,
  depth: number,
  skipped: readonly string[] = [],
): Promise<string[]> {
  const found: string[] = [];
  async function visit(relative: string, level: number): Promise<void> {
    const entries = await readFolder(path.join(start, relative));
    if (entries.some(isMarkdownEntry)) found.push(relative);
    if (level >= depth) return;
    const children = entries.filter((entry) => isScannedFolder(entry, skipped));
    await Promise.all(
      children.map((child) => visit(relative === '.' ? child.name : `${relative}/${child.name}`, level + 1)),
    );
  }
  await visit('.', 0);
  return found;
}

/**
 * Checks that a site-relative folder the site's posts live in exists and is reached without
 * symlinks, which Lanyard never follows; `described` names it for the writer
 * ("The content folder content/") and `consequence` says what Lanyard does instead. With
 * `mayBeMissing`, a folder not made yet passes, as long as no link leads to where it would be.
 */
export async function assertPlainFolder(
  root: string,
  relative: string,
  described: string,
  consequence = openedAsPlain,
  mayBeMissing = false,
): Promise<void> {
  const parts = relative === '.' ? [] : relative.split('/');
  for (let count = 1; count <= parts.length; count++) {
    const prefix = parts.slice(0, count).join('/');
    const entry = await fs.lstat(siteFolder(root, prefix)).catch(() => null);
    if (entry === null && mayBeMissing) return;
    if (entry === null) throw new SiteProblem(`${described} does not exist. ${consequence}`);
    if (entry.isSymbolicLink()) {
      const what =
        prefix === relative ? 'is a link to another folder' : `is inside ${prefix}/, a link to another folder`;
      throw new SiteProblem(`${described} ${what}, and Lanyard does not follow links. ${consequence}`);
    }
    if (!entry.isDirectory()) throw new SiteProblem(`${described} is a file, not a folder. ${consequence}`);
  }
}

/** A folder that is a page bundle: it holds `index.md` (or `.markdown`, `.mdx`). */
async function isBundle(folder: string): Promise<boolean> {
  const flags = await Promise.all(
    markdownExtensions.map((extension) => isFile(path.join(folder, `index${extension}`))),
  );
  return flags.includes(true);
}

/**
 * How the posts directly in `folder` are named, by the most common form among them: `bundle`
 * for `slug/index.md`, `dated` for `YYYY-MM-DD-slug.md`, else `slug`. Null when it holds no posts,
 * or no form is more common than every other.
 */
export async function commonPostNaming(folder: string): Promise<PostNaming | null> {
  const entries = await readFolder(folder);
  const counts: Record<PostNaming, number> = { dated: 0, slug: 0, bundle: 0 };
  for (const entry of entries.filter(isMarkdownEntry)) {
    if (/^_?index\./i.test(entry.name)) continue;
    counts[/^\d{4}-\d{2}-\d{2}-/.test(entry.name) ? 'dated' : 'slug'] += 1;
  }
  const folders = entries.filter((entry) => isScannedFolder(entry, []));
  const bundles = await Promise.all(folders.map((entry) => isBundle(path.join(folder, entry.name))));
  counts.bundle = bundles.filter(Boolean).length;
  const ranked = (Object.entries(counts) as Array<[PostNaming, number]>).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] > 0 && first[1] > (second?.[1] ?? 0) ? first[0] : null;
}
