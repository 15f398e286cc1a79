import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LanyardError } from '../../api/lanyard-error';
import { resolveInsideSite } from '../../site/node/safe-path';

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

/**
 * Maps the path of an asset URL (`/assets/images/x.png`, still percent-encoded) to a media
 * file inside the site, or null. Refuses — with null, as a 404 — anything outside the site,
 * anything under a dot-name (`.git/config`, `.env`), folders, and every type not listed above.
 */
export async function resolveSiteAsset(root: string, urlPath: string): Promise<SiteAsset | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = decoded.startsWith('/') ? decoded.slice(1) : decoded;
  if (relative === '' || relative.split('/').some((segment) => segment.startsWith('.'))) return null;
  const contentType = contentTypes[path.posix.extname(relative).toLowerCase()];
  if (contentType === undefined) return null;
  let file: string;
  try {
    file = await resolveInsideSite(root, relative);
  } catch (error) {
    if (error instanceof LanyardError) return null;
    throw error;
  }
  const stats = await fs.stat(file).catch(() => null);
  return stats?.isFile() ? { file, contentType } : null;
}
