/** What the preview may do with a media URL found in a post. */
export type AssetUrl =
  /** Load it from the site through the asset base URL. */
  | { kind: 'local'; url: string }
  /** A remote (http/https) resource: the preview shows a placeholder instead. */
  | { kind: 'remote'; url: string }
  /** An inline `data:` URL, left for the caller to vet by MIME type. */
  | { kind: 'data'; url: string }
  /** Anything else: drop it. */
  | { kind: 'blocked' };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

function folderOf(postId: string | null): string[] {
  if (!postId) return [];
  const parts = postId.split('/');
  parts.pop();
  return parts;
}

/**
 * Maps a media URL from a post to what the preview loads. Site-root paths (`/assets/x.jpg`)
 * and paths relative to the post's folder both land under `assetBaseUrl` (which ends in `/`);
 * `..` never climbs above the site root.
 */
export function resolveAssetUrl(rawUrl: string, postId: string | null, assetBaseUrl: string): AssetUrl {
  const url = rawUrl.trim();
  if (!url || url.startsWith('#') || url.startsWith('?')) return { kind: 'blocked' };
  if (assetBaseUrl && url.startsWith(assetBaseUrl)) return { kind: 'local', url };
  if (url.startsWith('//')) return { kind: 'remote', url: `https:${url}` };
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return { kind: 'remote', url };
  if (scheme === 'data') return { kind: 'data', url };
  if (scheme !== undefined) return { kind: 'blocked' };

  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  const suffix = cut === -1 ? '' : url.slice(cut);
  const segments = path.startsWith('/') || path.startsWith('\\') ? [] : folderOf(postId);
  for (const segment of path.split(/[/\\]/)) {
    // Percent-encoded dots are still dots to a file server.
    const plain = segment.includes('%') ? segment.replace(/%2e/gi, '.') : segment;
    if (plain === '' || plain === '.') continue;
    if (plain === '..') segments.pop();
    else segments.push(segment);
  }
  if (segments.length === 0) return { kind: 'blocked' };
  return { kind: 'local', url: `${assetBaseUrl}${segments.join('/')}${suffix}` };
}

/** True for the inline image types the preview accepts (`data:image/png|jpeg|gif|webp`). */
export function isSafeDataImage(url: string): boolean {
  return /^data:image\/(?:png|jpe?g|gif|webp)[;,]/i.test(url.trim());
}
