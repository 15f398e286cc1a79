/** How Lanyard treats photos brought into one site; kept per site in the settings. */
export interface ImageSettings {
  /** Longest edge in pixels after import; smaller photos are never enlarged. */
  maxEdge: number;
  /** `auto`: JPEG for photos, PNG stays PNG unless re-encoding it as JPEG is much smaller. */
  format: 'auto' | 'jpeg' | 'webp' | 'avif';
  /** Encoder quality for JPEG, WebP and AVIF, 1…100. */
  quality: number;
  /** Keep the copyright and artist fields; every other metadata field is always removed. */
  keepAuthorship: boolean;
  /** Keep GPS location. Off unless the writer explicitly turns it on. */
  keepLocation: boolean;
  /** Put each post's photos in a folder named after the post's slug. */
  folderPerPost: boolean;
  /** How the photo is linked at the cursor. */
  linkStyle: 'markdown' | 'html' | 'figure';
  /** A site-relative folder for photos, overriding the site's convention; null to follow it. */
  folder: string | null;
}

export const defaultImageSettings: ImageSettings = {
  maxEdge: 2000,
  format: 'auto',
  quality: 82,
  keepAuthorship: false,
  keepLocation: false,
  folderPerPost: false,
  linkStyle: 'markdown',
  folder: null,
};

/** A site's photo settings as the panel and imports read them, with what the site itself decides. */
export interface SiteImageSettings extends ImageSettings {
  /** Where photos go while `folder` is null: the site's convention, e.g. `static/images` on Hugo. */
  usualFolder: string;
  /**
   * Why the site's generator would leave a photo linked with raw HTML (`html`, `figure`) out of
   * the built page, in plain words; null when it keeps raw HTML.
   */
  htmlDropped: string | null;
}

/** The style photos are linked with: the chosen one, or Markdown where the site drops raw HTML. */
export function linkStyleFor(settings: SiteImageSettings): ImageSettings['linkStyle'] {
  return settings.htmlDropped === null ? settings.linkStyle : 'markdown';
}

/** A photo imported into the site, ready to link. */
export interface ImportedImage {
  /** Site-relative POSIX path of the written (or reused) file. */
  path: string;
  /** The URL the post links, e.g. `/assets/images/day-1-stage.jpg`. */
  url: string;
  width: number;
  height: number;
  bytes: number;
  /** True when the same photo was imported before and that file is linked again. */
  reused: boolean;
  /** A suggested alt text, from the original file name. */
  altSuggestion: string;
}

/** What the image check found for one post. */
export interface ImageCheck {
  /** URLs the post links that resolve to no file in the site. */
  missing: string[];
  /** Site-relative paths Lanyard imported for this post that the post no longer links. */
  unused: string[];
}

/** A file picked in the native dialog, named by an opaque token: paths never reach the page. */
export interface ChosenImage {
  token: string;
  name: string;
  bytes: number;
}
