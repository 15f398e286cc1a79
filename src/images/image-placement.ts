import { slugify } from '../posts/slug';
import type { SiteKind } from '../site/site-info';
import type { PhotoFolders, SiteProfile } from '../site/site-profile';
import type { ImageSettings } from './image-settings';

/**
 * Where each kind of site keeps photos, and which folder it serves at `/`. A new kind must
 * name both here, so placement and URLs follow its convention from the start. Astro serves
 * `public/` as is; Eleventy serves its input folder (`.` unless the profile says otherwise).
 */
const conventions: Record<SiteKind, PhotoFolders> = {
  jekyll: { folder: 'assets/images', servedFrom: '.' },
  hugo: { folder: 'static/images', servedFrom: 'static' },
  astro: { folder: 'public/images', servedFrom: 'public' },
  eleventy: { folder: 'images', servedFrom: '.' },
  plain: { folder: 'images', servedFrom: '.' },
};

/** What placement needs of a site: its kind, and the folders its config moved, if any. */
type PlacedSite = Pick<SiteProfile, 'kind' | 'photoFolders' | 'basePath'>;

function photoFoldersOf(site: PlacedSite): PhotoFolders {
  return site.photoFolders ?? conventions[site.kind];
}

/** Jekyll's `YYYY-MM-DD-` post name prefix, which is a date and not part of the slug. */
const datePrefix = /^\d{4}-\d{2}-\d{2}-/;

/**
 * Words cameras, phones, messengers and screenshot tools put in file names. A name made of
 * nothing but these, digits and punctuation says nothing about the photo.
 */
const genericWords = new Set([
  ...['img', 'image', 'images', 'photo', 'photos', 'pic', 'picture', 'e', 'mg', 'mp', 'x'],
  ...['dsc', 'dscn', 'dscf', 'pxl', 'mvimg', 'gopr', 'gopro', 'gh', 'gx', 'dji', 'p'],
  ...['screenshot', 'screen', 'shot', 'snapshot', 'capture', 'bildschirmfoto', 'scan', 'at', 'am', 'pm'],
  ...['whatsapp', 'signal', 'telegram', 'wa', 'pasted', 'clipboard', 'unnamed', 'untitled', 'download'],
  ...['file', 'copy', 'edited', 'burst'],
]);

/** Camera numbers are kept in the name, but never so many that it nears file name limits. */
const maxNumberLength = 32;

const joinPath = (folder: string, name: string) => (folder === '.' ? name : `${folder}/${name}`);

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function folderOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut === -1 ? '.' : path.slice(0, cut);
}

function withoutExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The folder of a page bundle post (`trip/index.md` → `trip`), or null for any other post. */
function bundleFolder(postId: string): string | null {
  const folder = folderOf(postId);
  return folder !== '.' && withoutExtension(baseName(postId)) === 'index' ? folder : null;
}

/** The post's slug: its file name without date prefix and extension, or its bundle's name. */
function postSlug(postId: string): string {
  const bundle = bundleFolder(postId);
  const name = bundle === null ? withoutExtension(baseName(postId)) : baseName(bundle);
  return slugify(name.replace(datePrefix, ''));
}

function isCameraName(base: string): boolean {
  const words = base.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.every((word) => genericWords.has(word)) || slugify(base) === 'untitled';
}

/** A configured folder as a clean site-relative path; a leading `/` means the site root too. */
function cleanFolder(folder: string): string {
  const parts = folder
    .trim()
    .split('/')
    .filter((part) => part !== '' && part !== '.');
  return parts.length === 0 ? '.' : parts.join('/');
}

/**
 * The site-relative folder a post's imported photos go to: the configured folder when set;
 * else the bundle folder for a page bundle post (`…/index.md`); else the site's convention,
 * `assets/images` for Jekyll, `static/images` for Hugo, `public/images` for Astro, the input
 * folder's `img` or `images` for Eleventy and `images` for a plain folder.
 * `folderPerPost` adds a folder named after the post's slug, except inside a bundle, which is
 * already the post's own.
 */
export function imageFolderFor(profile: PlacedSite, postId: string, settings: ImageSettings): string {
  const perPost = (folder: string) => (settings.folderPerPost ? joinPath(folder, postSlug(postId)) : folder);
  if (settings.folder !== null) return perPost(cleanFolder(settings.folder));
  return bundleFolder(postId) ?? perPost(photoFoldersOf(profile).folder);
}

/**
 * The file name for an imported photo: lowercase ASCII, hyphens, no spaces, ending in
 * `extension`. A meaningful original name is kept as a slug (`Keynote Stage.JPG` →
 * `keynote-stage.jpg`); a camera or screenshot name becomes the post slug plus the camera's
 * numbers (`IMG_2041.HEIC` in `2026-03-14-day-1.md` → `day-1-2041.jpg`).
 */
export function imageFileName(postId: string, originalName: string, extension: string): string {
  const ending = extension.replace(/^\./, '').toLowerCase();
  const base = withoutExtension(baseName(originalName));
  if (!isCameraName(base)) return `${slugify(base)}.${ending}`;
  const numbers = (base.match(/\d+/g) ?? []).join('-').slice(0, maxNumberLength).replace(/-+$/, '');
  return `${postSlug(postId)}${numbers === '' ? '' : `-${numbers}`}.${ending}`;
}

/** The name to try on the `attempt`-th try (from 1): `stage.jpg`, `stage-2.jpg`, `stage-3.jpg`. */
export function numberedName(name: string, attempt: number): string {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be 1 or more, not ${attempt}`);
  if (attempt === 1) return name;
  const base = withoutExtension(name);
  return `${base}-${attempt}${name.slice(base.length)}`;
}

/** The site-relative folder photos go to by the site's convention, before any setting moves them. */
export function usualImageFolder(profile: PlacedSite): string {
  return photoFoldersOf(profile).folder;
}

/** The site-relative folder the site's generator serves at the site root (`static` for Hugo, `public` for Astro, …). */
export function servedFolder(profile: PlacedSite): string {
  return photoFoldersOf(profile).servedFrom;
}

/**
 * The URL a post links an image at `path` (site-relative) by: its bare file name when it
 * sits in the post's own bundle folder, else the site-root URL the generator serves it at
 * (`/assets/images/stage.jpg`), percent-encoded where needed. A site served below a path
 * (`basePath`, e.g. `/blog`: Jekyll's `baseurl`, the path of Hugo's `baseURL`) gets it in
 * front, since generators leave root URLs in Markdown as written.
 */
export function imageUrlFor(
  profile: PlacedSite,
  path: string,
  postId: string,
  basePath = profile.basePath ?? '',
): string {
  const encode = (segments: string) => segments.split('/').map(encodeURIComponent).join('/');
  if (bundleFolder(postId) === folderOf(path)) return encode(baseName(path));
  const servedFrom = servedFolder(profile);
  const served = servedFrom !== '.' && path.startsWith(`${servedFrom}/`) ? path.slice(servedFrom.length + 1) : path;
  return `${encode(basePath)}/${encode(served)}`;
}

/**
 * The site-relative path an image URL from a post names: site-root URLs (`/assets/x.jpg`)
 * from the served folder, others from the post's folder, query and fragment dropped,
 * percent-escapes decoded, the site's `basePath` (`/blog`) dropped from the front. Null when
 * it climbs out of the site (a site-root URL: out of the served folder), names the root or
 * cannot be decoded. Liquid must already be resolved.
 */
export function sitePathForImageUrl(
  profile: PlacedSite,
  url: string,
  postId: string,
  basePath = profile.basePath ?? '',
): string | null {
  const cut = url.search(/[?#]/);
  let decoded: string;
  try {
    decoded = decodeURIComponent(cut === -1 ? url : url.slice(0, cut));
  } catch {
    return null;
  }
  if (basePath !== '' && decoded.startsWith(`${basePath}/`)) decoded = decoded.slice(basePath.length);
  const rooted = decoded.startsWith('/');
  const start = rooted ? servedFolder(profile) : folderOf(postId);
  const segments = start === '.' ? [] : start.split('/');
  // A site-root URL never reaches above the served folder (Hugo's `static/`).
  const floor = rooted ? segments.length : 0;
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') segments.push(segment);
    else if (segments.length === floor) return null;
    else segments.pop();
  }
  return segments.length === floor ? null : segments.join('/');
}

/**
 * Alt text suggested by the original file name (`keynote-stage_final.JPG` → `Keynote stage
 * final`); empty for camera and screenshot names, which say nothing about the picture.
 */
export function defaultAltText(originalName: string): string {
  const base = withoutExtension(baseName(originalName));
  if (isCameraName(base)) return '';
  const words = base.replace(/[\s_.-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
