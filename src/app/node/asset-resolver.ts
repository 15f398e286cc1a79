import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import { servedFolder } from '../../images/image-placement';
import { resolveInsideSite } from '../../site/node/safe-path';
import type { SiteProfile } from '../../site/site-profile';

/** Static media the preview may load, by extension; nothing else is ever served. */
const contentTypes: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.bmp': 'image/bmp',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.pdf': 'application/pdf',
  '.css': 'text/css',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** A file the asset URL may serve, with the type to serve it as. */
export interface SiteAsset {
  file: string;
  contentType: string;
}

/** A file under `relative` in the site, or null when it is not there or not safely inside. */
async function siteFile(root: string, relative: string): Promise<string | null> {
  let file: string;
  try {
    file = await resolveInsideSite(root, relative);
  } catch (error) {
    if (error instanceof LanyardError) return null;
    throw error;
  }
  const stats = await fs.stat(file).catch(() => null);
  return stats?.isFile() ? file : null;
}

/**
 * Maps the path of an asset URL (`/assets/images/x.png`, still percent-encoded) to a media
 * file inside the site, or null. Looks in the folder the generator serves at the site root
 * (Hugo's `static/`) first, then in the site itself, where relative links from posts land.
 * Refuses — with null, as a 404 — anything outside the site, anything under a dot-name
 * (`.git/config`, `.env`), folders, and every type not listed above.
 */
export async function resolveSiteAsset(
  site: Pick<SiteProfile, 'root' | 'kind' | 'photoFolders' | 'basePath'>,
  urlPath: string,
): Promise<SiteAsset | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // A link written for a site served below a path (`/blog/assets/x.jpg`) names `/assets/x.jpg`.
  const basePath = site.basePath ?? '';
  const unprefixed = basePath !== '' && decoded.startsWith(`${basePath}/`) ? decoded.slice(basePath.length) : decoded;
  const relative = unprefixed.startsWith('/') ? unprefixed.slice(1) : unprefixed;
  if (relative === '' || relative.split('/').some((segment) => segment.startsWith('.'))) return null;
  const contentType = contentTypes[path.posix.extname(relative).toLowerCase()];
  if (contentType === undefined) return null;
  const served = servedFolder(site);
  const candidates = served === '.' ? [relative] : [`${served}/${relative}`, relative];
  for (const candidate of candidates) {
    const file = await siteFile(site.root, candidate);
    if (file !== null) return { file, contentType };
  }
  return null;
}
