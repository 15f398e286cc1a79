import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import type { SiteKind } from '../../site/site-info';
import { resolveInsideSite } from '../../site/node/safe-path';

/** Where each kind of site keeps plain CSS it serves as is; SCSS and processed assets are left out. */
const foldersByKind: Readonly<Record<SiteKind, ReadonlyArray<{ folder: string; deep: boolean }>>> = {
  hugo: [{ folder: 'static/css', deep: false }],
  jekyll: [
    { folder: 'assets/css', deep: false },
    { folder: 'css', deep: false },
  ],
  astro: [{ folder: 'public', deep: true }],
  eleventy: [{ folder: 'public', deep: true }],
  plain: [],
};

/** The usual names of a site's main stylesheet, most likely first. */
const likelyNames = ['main.css', 'style.css', 'styles.css', 'site.css', 'global.css', 'index.css', 'app.css'];
const maxDepth = 3;
/** A stylesheet larger than this is not a blog's own theme (a framework bundle, say). */
export const maxStylesheetBytes = 512 * 1024;

async function cssFilesIn(root: string, folder: string, deep: boolean, depth = 0): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, ...folder.split('/')), { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const relative = `${folder}/${entry.name}`;
    if (entry.isFile() && entry.name.toLowerCase().endsWith('.css')) found.push(relative);
    else if (deep && entry.isDirectory() && depth < maxDepth)
      found.push(...(await cssFilesIn(root, relative, deep, depth + 1)));
  }
  return found;
}

function likeliness(file: string): number {
  const rank = likelyNames.indexOf(path.posix.basename(file).toLowerCase());
  return rank === -1 ? likelyNames.length : rank;
}

/**
 * The site's own stylesheet when it has an obvious one (a Hugo `static/css/*.css`, a Jekyll
 * `assets/css/*.css`, an Astro or Eleventy `public/**\/*.css`), site-relative; else null.
 */
export async function findSiteStylesheet(root: string, kind: SiteKind): Promise<string | null> {
  for (const { folder, deep } of foldersByKind[kind]) {
    const files = await cssFilesIn(root, folder, deep);
    if (files.length > 0) return [...files].sort((a, b) => likeliness(a) - likeliness(b))[0] ?? null;
  }
  return null;
}

/** The text of a stylesheet found above, read only from inside the site and only if it is small. */
export async function readSiteStylesheet(root: string, relative: string): Promise<string> {
  const file = await resolveInsideSite(root, relative);
  const stats = await fs.stat(file);
  if (stats.size > maxStylesheetBytes) {
    throw new LanyardError(
      'refused',
      `${relative} is ${Math.round(stats.size / 1024)} KB; the preview uses a site stylesheet of ${maxStylesheetBytes / 1024} KB at most.`,
    );
  }
  return fs.readFile(file, 'utf8');
}
