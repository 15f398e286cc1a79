/**
 * What a writer sets for a folder no generator claims. Kept in the site, in
 * `siteSettingsFile`, so it travels with the blog to every machine and co-author.
 */
export interface SiteSettings {
  /** Site-relative folder posts are listed from and new posts go to; null: every folder of Markdown. */
  postsFolder: string | null;
  /** Site-relative folder imported photos go to; null: `images`. */
  imagesFolder: string | null;
  /** A post's public URL with placeholders (`https://me.example.com/:year/:slug/`); null: unknown. */
  urlPattern: string | null;
}

/** The site-relative file the settings live in. */
export const siteSettingsFile = '.lanyard/site.yml';

export const emptySiteSettings: SiteSettings = { postsFolder: null, imagesFolder: null, urlPattern: null };

/** Placeholders a plain site's URL pattern may use, with what each stands for. */
export const urlPatternTokens: Readonly<Record<string, string>> = {
  year: 'year of the post’s date (2026)',
  month: 'month, two digits (03)',
  day: 'day, two digits (14)',
  slug: 'front matter slug, else the file name without date prefix',
  title: 'the title, as a slug',
  filename: 'the file name without extension',
  path: 'the path below the posts folder, without extension',
};

const maxFolderLength = 300;
/** Folders of installed or generated files, which Lanyard never lists or writes posts in. */
const ignoredFolders = new Set(['node_modules', '_site']);
const maxPatternLength = 2048;

/**
 * Why `folder` cannot be a settings folder, in plain words; null when it can. It must be a
 * site-relative path (`notes`, `blog/posts`) without `..`, hidden folders, backslashes,
 * `node_modules` or `_site`.
 */
export function siteFolderProblem(folder: string): string | null {
  if (folder.length > maxFolderLength) return 'The folder name is too long.';
  if (folder.trim() === '') return 'Name a folder, or leave the setting empty.';
  if (folder.includes('\\')) return 'Use / between folders.';
  if (/^\/|^[A-Za-z]:/.test(folder)) return 'Give a folder inside the site, like notes or blog/posts, not a full path.';
  const parts = folder.split('/').filter((part) => part !== '');
  if (parts.some((part) => part === '..')) return 'The folder must stay inside the site: no "..".';
  if (parts.some((part) => part.startsWith('.') && part !== '.'))
    return 'Hidden folders (starting with a dot) are not allowed.';
  if (/\p{Cc}/u.test(folder)) return 'The folder name has a control character in it.';
  const ignored = parts.find((part) => ignoredFolders.has(part));
  if (ignored !== undefined) return `${ignored} holds installed or generated files, never posts or photos.`;
  return null;
}

/** The folder as Lanyard keeps it: `notes/` and `./notes` become `notes`, and the root `.`. */
export function cleanSiteFolder(folder: string): string {
  const parts = folder
    .trim()
    .split('/')
    .filter((part) => part !== '' && part !== '.');
  return parts.length === 0 ? '.' : parts.join('/');
}

/**
 * Why `pattern` cannot be a URL pattern, in plain words; null when it can. It must be an
 * absolute http(s) URL whose path uses only the known placeholders and has no query or fragment.
 */
export function urlPatternProblem(pattern: string): string | null {
  if (pattern.length > maxPatternLength) return 'The URL pattern is too long.';
  const match = /^(https?):\/\/([^/?#\s]+)(\/[^?#\s]*)?$/i.exec(pattern.trim());
  if (match === null) {
    return 'Give the full address of a post, starting with https://, like https://me.example.com/:year/:slug/.';
  }
  const path = match[3] ?? '/';
  const unknown = [...path.matchAll(/:([A-Za-z_]+)/g)]
    .map((token) => token[1]!)
    .filter((name) => !Object.hasOwn(urlPatternTokens, name));
  const known = Object.keys(urlPatternTokens)
    .map((name) => `:${name}`)
    .join(', ');
  if (unknown.length > 0) return `:${unknown[0]!} is not a placeholder Lanyard knows. Use ${known}.`;
  if (!/:[A-Za-z_]/.test(path)) return `Without a placeholder every post would get the same URL. Use ${known}.`;
  return null;
}

/** Where Lanyard puts things in the open site, as the writer sees it in Site settings. */
export interface SiteLayout {
  /** Site-relative folders posts are listed from. */
  postFolders: string[];
  newPostFolder: string;
  /** Where a new post's photos go, site-relative. */
  photoFolder: string;
  /** How such a photo is linked, `/assets/images/photo.jpg`. */
  photoLink: string;
  /** The newest post and its public URL, as Lanyard predicts it; null when there is no post. */
  examplePost: { id: string; url: string | null } | null;
}

/** What the Site settings dialog shows. */
export interface SiteSettingsView {
  /** What `.lanyard/site.yml` says, bad values left out. */
  settings: SiteSettings;
  /** True for a plain folder; a generator's site is laid out by its own config. */
  editable: boolean;
  layout: SiteLayout;
  /** What was wrong with the settings or the site's config, in plain words; null when nothing was. */
  problem: string | null;
}
