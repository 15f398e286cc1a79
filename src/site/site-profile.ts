import type { SiteKind } from './site-info';
import type { SiteSettings } from './site-settings';

/**
 * Everything Lanyard needs to know about an open site's layout. Folders are site-relative
 * POSIX paths; `.` is the site root.
 */
export interface SiteProfile {
  /** Absolute folder path of the site. */
  root: string;
  /** Display name: the site's title from its config, else the folder name. */
  name: string;
  kind: SiteKind;
  /** Folders that hold posts, the folder for new posts always among them. */
  postFolders: string[];
  /** Folders whose posts are drafts (unpublished by the generator). */
  draftFolders: string[];
  /** Where a new post is created. */
  newPostFolder: string;
  /** Folders that hold images and other static files posts refer to. */
  assetFolders: string[];
  /** IANA zone from the site config, null when unset or unknown. */
  timezone: string | null;
  /** Set when the site's config moves photos from its kind's convention (Eleventy's input folder). */
  photoFolders?: PhotoFolders;
  /**
   * The path the site is served below (`/blog`: Jekyll's `baseurl`, the path of Hugo's
   * `baseURL`, Astro's `base`, Eleventy's `pathPrefix`), `''` at the root or where the site adds
   * it to root URLs itself (Hugo's canonifyURLs, Eleventy's HTML `<base>` plugin). Set by the
   * core once it has read the site's URL settings.
   */
  basePath?: string;
  /** Why a generator's site opened as plain Markdown instead, in plain words; null when it did not. */
  notice: string | null;
  /**
   * How new posts are named, after the site's own posts: `dated` (`2026-03-14-day-1.md`),
   * `slug` (`day-1.md`) or `bundle` (`day-1/index.md`). Absent: `dated` for Jekyll, else `slug`.
   */
  postNaming?: PostNaming;
  /**
   * A plain site's public post URL as the writer set it in `.lanyard/site.yml`, with `:year`,
   * `:month`, `:day`, `:slug`, `:title`, `:filename` and `:path` placeholders
   * (`https://me.example.com/notes/:year/:slug/`); absent when unset.
   */
  urlPattern?: string;
}

/** How a site names its post files; see `SiteProfile.postNaming`. */
export type PostNaming = 'dated' | 'slug' | 'bundle';

/** Where imported photos go, and which folder the generator serves at the site root. */
export interface PhotoFolders {
  folder: string;
  servedFrom: string;
}

/** Facts about a Jekyll site, gathered from its folders and config by the detector. */
export interface JekyllFacts {
  /** The config's `timezone` when it names a zone Intl knows; absent or null when it does not. */
  timezone?: string | null;
  /** The config's `collections_dir`, site-relative; absent for the site folder. */
  collectionsDir?: string;
  /** Collections the config builds into pages (`output: true`), besides `posts`. */
  collections?: string[];
}

/**
 * Builds the profile of a Jekyll site: posts in `_posts` and `_drafts`, and the documents of
 * every collection with pages (`_talks`), all inside `collections_dir` when the config sets it.
 * `_drafts` is listed even before it exists, so a post unpublished into it stays open and listed.
 */
export function jekyllProfile(root: string, name: string, facts: JekyllFacts): SiteProfile {
  const inCollections = (folder: string) => joinFolder(facts.collectionsDir ?? '.', folder);
  const collections = (facts.collections ?? []).map((collection) => inCollections(`_${collection}`));
  return {
    root,
    name,
    kind: 'jekyll',
    postFolders: [inCollections('_posts'), inCollections('_drafts'), ...collections],
    draftFolders: [inCollections('_drafts')],
    newPostFolder: inCollections('_posts'),
    assetFolders: ['assets', 'images'],
    timezone: facts.timezone ?? null,
    notice: null,
  };
}

/** Facts about a Hugo site, gathered from its folders and config by the detector. */
export interface HugoFacts {
  /** The site-relative content folder (`content` unless the config moves it). */
  contentDir: string;
  /** Names of the content folder's direct subfolders that hold Markdown, at any depth. */
  sections: string[];
  /** The config's `timeZone` when it names a zone Intl knows, else null. */
  timezone: string | null;
}

/**
 * Builds the profile of a Hugo site. Posts live in `<contentDir>/posts` when it exists, else
 * in every section that holds Markdown (plus `posts`, where new posts go), else anywhere in
 * the content folder. Drafts are marked `draft: true`, not kept in a folder; `static/` is
 * served at the site root.
 */
export function hugoProfile(root: string, name: string, facts: HugoFacts): SiteProfile {
  const inContent = (folder: string) => (facts.contentDir === '.' ? folder : `${facts.contentDir}/${folder}`);
  const newPostFolder = inContent('posts');
  const sections = facts.sections.map(inContent);
  let postFolders: string[];
  if (facts.sections.includes('posts')) postFolders = [newPostFolder];
  else if (sections.length > 0) postFolders = [...sections, newPostFolder].sort(compareFolders);
  else postFolders = [facts.contentDir];
  return {
    root,
    name,
    kind: 'hugo',
    postFolders,
    draftFolders: [],
    newPostFolder,
    assetFolders: ['static', 'assets'],
    timezone: facts.timezone,
    notice: null,
  };
}

/** Facts about a folder of Markdown files that no generator claimed. */
export interface PlainFacts {
  /** Site-relative folders that directly contain Markdown files. */
  markdownFolders: string[];
  hasPostsFolder: boolean;
  /** Why the folder opens as plain though a generator's config is there, or its settings were skipped. */
  notice?: string | null;
  /** What the writer set in `.lanyard/site.yml`, already checked. */
  settings?: SiteSettings;
}

/**
 * Builds the profile of a plain folder of Markdown files: posts in the folder the writer set,
 * else in every folder of Markdown, new ones in `posts` when it exists, else the root.
 */
export function plainProfile(root: string, name: string, facts: PlainFacts): SiteProfile {
  const { postsFolder = null, imagesFolder = null, urlPattern = null } = facts.settings ?? {};
  const newPostFolder = postsFolder ?? (facts.hasPostsFolder ? 'posts' : '.');
  // The new-post folder is listed even while empty, so a post created there is indexed at once.
  const postFolders =
    postsFolder === null ? [...new Set([...facts.markdownFolders, newPostFolder])].sort(compareFolders) : [postsFolder];
  return {
    root,
    name,
    kind: 'plain',
    postFolders,
    draftFolders: [],
    newPostFolder,
    assetFolders: ['.'],
    timezone: null,
    ...(imagesFolder === null ? {} : { photoFolders: { folder: imagesFolder, servedFrom: '.' } }),
    ...(urlPattern === null ? {} : { urlPattern }),
    notice: facts.notice ?? null,
  };
}

/** Facts about an Astro site, gathered from `src/content` by the detector. */
export interface AstroFacts {
  /** Names of every folder directly in `src/content`, Markdown or not. */
  folders: string[];
  /** Those of `folders` that hold Markdown or MDX, at any depth: the collections of posts. */
  collections: string[];
}

const astroContent = 'src/content';

/**
 * Builds the profile of an Astro site. Posts are the Markdown and MDX of every collection in
 * `src/content`; new posts go to `blog` when that folder exists, else `posts`, else the first
 * collection, else a new `blog`. Drafts are marked `draft: true`. Photos go to `public/images`,
 * which Astro serves at `/images/` untouched: unlike `src/assets`, it needs no import in the post.
 */
export function astroProfile(root: string, name: string, facts: AstroFacts): SiteProfile {
  const preferred = ['blog', 'posts'].find((folder) => facts.folders.includes(folder));
  const newCollection = preferred ?? facts.collections[0] ?? 'blog';
  const collections = [...new Set([...facts.collections, newCollection])];
  return {
    root,
    name,
    kind: 'astro',
    postFolders: collections.map((collection) => `${astroContent}/${collection}`).sort(compareFolders),
    draftFolders: [],
    newPostFolder: `${astroContent}/${newCollection}`,
    assetFolders: ['public', 'src/assets'],
    timezone: null,
    notice: null,
  };
}

/** Facts about an Eleventy site, gathered from its config and input folder by the detector. */
export interface EleventyFacts {
  /** The site-relative input folder (`.` unless the config moves it). */
  input: string;
  /** Which of `posts` and `blog` exist in the input folder. */
  postSections: string[];
  /** Input-relative folders that directly hold Markdown, outside `_includes`, `_data` and output. */
  markdownFolders: string[];
  /** `img` or `images` when the input folder has one, else null. */
  imageFolder: string | null;
}

/**
 * Builds the profile of an Eleventy site. Posts live in `posts` and `blog` in the input folder
 * when either exists, else in every folder of Markdown there; new posts go to `posts` (or
 * `blog` when only it exists). Photos go to the input folder's `img` or `images` (a new
 * `images` when neither exists), linked from the site root as the input folder maps to it;
 * the site's config must copy that folder through (`addPassthroughCopy`) for them to be built.
 */
export function eleventyProfile(root: string, name: string, facts: EleventyFacts): SiteProfile {
  const inInput = (folder: string) => joinFolder(facts.input, folder);
  const sections = facts.postSections.map(inInput);
  const newPostFolder = sections[0] ?? inInput('posts');
  const postFolders =
    sections.length > 0 ? sections : [...new Set([...facts.markdownFolders.map(inInput), newPostFolder])];
  return {
    root,
    name,
    kind: 'eleventy',
    postFolders: postFolders.sort(compareFolders),
    draftFolders: [],
    newPostFolder,
    assetFolders: [facts.input],
    timezone: null,
    photoFolders: { folder: inInput(facts.imageFolder ?? 'images'), servedFrom: facts.input },
    notice: null,
  };
}

function joinFolder(parent: string, child: string): string {
  if (child === '.') return parent;
  return parent === '.' ? child : `${parent}/${child}`;
}

/** Root first, then shallower folders, then by name, so the order is stable across platforms. */
function compareFolders(a: string, b: string): number {
  const depth = (folder: string) => (folder === '.' ? 0 : folder.split('/').length);
  return depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0);
}
