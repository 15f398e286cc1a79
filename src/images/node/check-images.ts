import { promises as fs } from 'node:fs';
import { LanyardError } from '../../api/lanyard-error';
import { forEachConcurrently } from '../../posts/node/for-each-concurrently';
import { resolveLiquidUrls } from '../../markdown/resolve-liquid-urls';
import { resolveInsideSite } from '../../site/node/safe-path';
import type { SiteProfile } from '../../site/site-profile';
import { sitePathForImageUrl } from '../image-placement';
import { imageReferences } from '../image-references';
import type { ImageCheck } from '../image-settings';
import { forgetImage, importLogFile, readImportLog, updateImportLog, type ImportLog } from './import-log';

/** The open site and where Lanyard keeps its own files. */
export interface ImageCheckContext {
  profile: SiteProfile;
  userDataDir: string;
  /** Every post of the site; a deletion reads them all, since a link may be typed by hand. */
  allPostIds?: () => string[];
}

/** Posts read at once when a deletion checks the whole site. */
const readConcurrency = 16;

/** Jekyll's `{% link assets/x.jpg %}` tag names a site file by its path. */
const LINK_TAG = /^\{%-?[ \t]*link[ \t]+\/?([^\s%]+)[ \t]*-?%\}/;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/**
 * The site-relative path an image URL from the post names; null when it cannot be in the
 * site (it climbs out or cannot be decoded); undefined when it cannot be judged (template code
 * Lanyard does not evaluate, or a remote URL once Jekyll's URL idioms are expanded).
 */
function referencedPath(profile: SiteProfile, url: string, postId: string): string | null | undefined {
  // The idioms are Jekyll's: other generators leave them as written or give them their own meaning.
  const expanded = profile.kind === 'jekyll' ? resolveLiquidUrls(url).replace(LINK_TAG, '/$1') : url;
  if (/\{[{%]/.test(expanded) || expanded.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(expanded)) return undefined;
  return sitePathForImageUrl(profile, expanded, postId);
}

/** The file's size when `relative` is a file inside the site, else null. */
async function sizeInSite(root: string, relative: string): Promise<number | null> {
  try {
    const stats = await fs.stat(await resolveInsideSite(root, relative));
    return stats.isFile() ? stats.size : null;
  } catch (error) {
    if (error instanceof LanyardError && error.code === 'site-vanished') throw error;
    return null;
  }
}

/** The site-relative paths of the images a post's text links, as written, once each. */
export function linkedImagePaths(profile: SiteProfile, postId: string, text: string): string[] {
  const paths = new Set<string>();
  for (const { url } of imageReferences(text)) {
    const linked = referencedPath(profile, url, postId);
    if (typeof linked === 'string') paths.add(linked);
  }
  return [...paths];
}

/** The same, lowercased, as some disks ignore case. */
function linkedPaths(profile: SiteProfile, postId: string, text: string): Set<string> {
  return new Set(linkedImagePaths(profile, postId, text).map((linked) => linked.toLowerCase()));
}

/** True unless `otherPostId` is gone or readable and no longer links `imagePath`. */
async function isLinkedBy(profile: SiteProfile, otherPostId: string, imagePath: string): Promise<boolean> {
  let text: string;
  try {
    text = await fs.readFile(await resolveInsideSite(profile.root, otherPostId), 'utf8');
  } catch (error) {
    return errorCode(error) !== 'ENOENT';
  }
  return linkedPaths(profile, otherPostId, text).has(imagePath.toLowerCase());
}

/** True when the file at `imagePath` is the one Lanyard wrote there, by its size. */
function isLoggedFile(log: ImportLog, imagePath: string, size: number): boolean {
  return [...log.sources.values()].some((record) => record.path === imagePath && record.bytes === size);
}

/**
 * Checks one post's images against the site. `missing`: URLs the text links that name no
 * file in the site (site-root URLs from the served folder, others from the post's folder,
 * on a Jekyll site its `{{ site.baseurl }}`, `relative_url` and `{% link %}` forms expanded;
 * template code Lanyard does not evaluate is never reported), each once.
 * `unused`: files Lanyard imported for this post, still there as written, that neither this
 * text nor any other post the import log names links any more.
 */
export async function checkPostImages(context: ImageCheckContext, postId: string, text: string): Promise<ImageCheck> {
  const { profile } = context;
  const references = imageReferences(text);
  const resolved = await Promise.all(
    references.map(async ({ url }) => {
      const linked = referencedPath(profile, url, postId);
      if (linked === undefined) return { url, found: true };
      return { url, found: linked !== null && (await sizeInSite(profile.root, linked)) !== null };
    }),
  );
  const missing = [...new Set(resolved.filter(({ found }) => !found).map(({ url }) => url))];

  const log = await readImportLog(importLogFile(context.userDataDir, profile.root), profile.root);
  const linkedHere = linkedPaths(profile, postId, text);
  const unused: string[] = [];
  for (const imagePath of log.posts.get(postId) ?? []) {
    if (linkedHere.has(imagePath.toLowerCase())) continue;
    const size = await sizeInSite(profile.root, imagePath);
    if (size === null || !isLoggedFile(log, imagePath, size)) continue;
    const others = [...log.posts].filter(([other, paths]) => other !== postId && paths.includes(imagePath));
    const linkedElsewhere = await Promise.all(others.map(([other]) => isLinkedBy(profile, other, imagePath)));
    if (!linkedElsewhere.includes(true)) unused.push(imagePath);
  }
  return { missing, unused };
}

/**
 * Deletes a photo that `checkPostImages` lists as unused for this post and forgets it in the
 * import log. Any other path is refused, so nothing the post (or another) links is deleted.
 */
export async function removeUnusedImage(
  context: ImageCheckContext,
  postId: string,
  text: string,
  imagePath: string,
): Promise<void> {
  const { unused } = await checkPostImages(context, postId, text);
  if (!unused.includes(imagePath)) {
    throw new LanyardError(
      'refused',
      `Lanyard only deletes photos it imported for this post that no post links any more; ${imagePath} is not one of them.`,
    );
  }
  const others = (context.allPostIds?.() ?? []).filter((other) => other !== postId);
  let linkedFrom: string | null = null;
  await forEachConcurrently(others, readConcurrency, async (other) => {
    if (linkedFrom === null && (await isLinkedBy(context.profile, other, imagePath))) linkedFrom = other;
  });
  if (linkedFrom !== null) {
    throw new LanyardError('refused', `${imagePath} is still linked from ${linkedFrom as string}, so it stays.`);
  }
  try {
    await fs.unlink(await resolveInsideSite(context.profile.root, imagePath));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new LanyardError('read-only', `Lanyard isn't allowed to delete ${imagePath}; it is still there.`);
    }
    if (code !== 'ENOENT') throw error;
  }
  const { root } = context.profile;
  await updateImportLog(importLogFile(context.userDataDir, root), root, (log) => forgetImage(log, imagePath));
}
