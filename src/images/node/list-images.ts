import type { Dirent } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import { forEachConcurrently } from '../../posts/node/for-each-concurrently';
import { resolveInsideSite } from '../../site/node/safe-path';
import type { SiteProfile } from '../../site/site-profile';
import type { SiteImage } from '../site-image';

const imageExtensions = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);
/** Dependencies and generated output hold copies, not the site's own images. */
const skippedNames = new Set(['node_modules', '_site']);
/** A folder that cannot be listed is left out rather than failing the whole list. */
const unlistableCodes = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM']);
const statsAtOnce = 16;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

const childPath = (folder: string, name: string) => (folder === '.' ? name : `${folder}/${name}`);

function isImageName(name: string): boolean {
  return imageExtensions.has(path.posix.extname(name).toLowerCase());
}

async function listFolder(absolute: string): Promise<Dirent[]> {
  try {
    return await fs.readdir(absolute, { withFileTypes: true });
  } catch (error) {
    if (unlistableCodes.has(errorCode(error) ?? '')) return [];
    throw error;
  }
}

/**
 * Adds the image files below `folder` to `found` (site-relative path → whether it is a
 * symlink). Links to folders are not followed, so no loop or way out of the site exists.
 */
async function collectImages(folder: string, absolute: string, found: Map<string, boolean>): Promise<void> {
  for (const entry of await listFolder(absolute)) {
    if (entry.name.startsWith('.') || skippedNames.has(entry.name)) continue;
    const relative = childPath(folder, entry.name);
    if (entry.isDirectory()) {
      await collectImages(relative, path.join(absolute, entry.name), found);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isImageName(entry.name)) {
      found.set(relative, entry.isSymbolicLink());
    }
  }
}

async function insideSite(root: string, relative: string): Promise<string | null> {
  try {
    return await resolveInsideSite(root, relative);
  } catch (error) {
    if (error instanceof LanyardError && error.code === 'outside-site') return null;
    throw error;
  }
}

/** The image's size and time, or null when it vanished, is not a file or links out of the site. */
async function imageAt(root: string, relative: string, isLink: boolean): Promise<SiteImage | null> {
  const file = isLink ? await insideSite(root, relative) : path.join(root, ...relative.split('/'));
  if (file === null) return null;
  const stats = await fs.stat(file).catch((error: unknown) => {
    if (unlistableCodes.has(errorCode(error) ?? '')) return null;
    throw error;
  });
  return stats?.isFile() ? { path: relative, bytes: stats.size, modifiedMs: stats.mtimeMs } : null;
}

/**
 * The site's images (.png .jpg .jpeg .gif .webp .avif .svg, any case) under the profile's
 * asset folders, newest first, at most `limit`. Dot-folders, `node_modules` and `_site` are
 * skipped; links to folders are not followed and links to images count only when they lead
 * to a file inside the site.
 */
export async function listSiteImages(profile: SiteProfile, limit = 2000): Promise<SiteImage[]> {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new LanyardError('invalid-argument', `The image limit must be a whole number of 0 or more, not ${limit}.`);
  }
  const found = new Map<string, boolean>();
  for (const folder of profile.assetFolders) {
    const absolute = await insideSite(profile.root, folder);
    if (absolute !== null) await collectImages(folder, absolute, found);
  }
  const images: SiteImage[] = [];
  await forEachConcurrently([...found], statsAtOnce, async ([relative, isLink]) => {
    const image = await imageAt(profile.root, relative, isLink);
    if (image !== null) images.push(image);
  });
  images.sort((a, b) => b.modifiedMs - a.modifiedMs || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return images.slice(0, limit);
}
