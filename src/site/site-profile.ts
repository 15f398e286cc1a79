import type { SiteKind } from './site-info';

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
}

/** Facts about a Jekyll site, gathered from its folders and config by the detector. */
export interface JekyllFacts {
  /** The config's `timezone` when it names a zone Intl knows; absent or null when it does not. */
  timezone?: string | null;
}

/**
 * Builds the profile of a Jekyll site: posts in `_posts` and `_drafts`. `_drafts` is listed even
 * before it exists, so a post unpublished into it stays open and listed.
 */
export function jekyllProfile(root: string, name: string, facts: JekyllFacts): SiteProfile {
  return {
    root,
    name,
    kind: 'jekyll',
    postFolders: ['_posts', '_drafts'],
    draftFolders: ['_drafts'],
    newPostFolder: '_posts',
    assetFolders: ['assets', 'images'],
    timezone: facts.timezone ?? null,
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
  };
}

/** Facts about a folder of Markdown files that no generator claimed. */
export interface PlainFacts {
  /** Site-relative folders that directly contain Markdown files. */
  markdownFolders: string[];
  hasPostsFolder: boolean;
}

/** Builds the profile of a plain folder of Markdown files. */
export function plainProfile(root: string, name: string, facts: PlainFacts): SiteProfile {
  const newPostFolder = facts.hasPostsFolder ? 'posts' : '.';
  // The new-post folder is listed even while empty, so a post created there is indexed at once.
  const postFolders = [...new Set([...facts.markdownFolders, newPostFolder])].sort(compareFolders);
  return {
    root,
    name,
    kind: 'plain',
    postFolders,
    draftFolders: [],
    newPostFolder,
    assetFolders: ['.'],
    timezone: null,
  };
}

/** Root first, then shallower folders, then by name, so the order is stable across platforms. */
function compareFolders(a: string, b: string): number {
  const depth = (folder: string) => (folder === '.' ? 0 : folder.split('/').length);
  return depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0);
}
