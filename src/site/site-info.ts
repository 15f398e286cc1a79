/** Which generator a site was recognised as; more kinds slot in as profiles grow. */
export type SiteKind = 'jekyll' | 'hugo' | 'astro' | 'eleventy' | 'plain';

/** What the renderer knows about the open site. */
export interface SiteInfo {
  /** Display name: the site's title from its config, else the folder name. */
  name: string;
  /** Absolute folder path, for display only; the renderer never sends it back. */
  root: string;
  kind: SiteKind;
  /** Site-relative folders that hold posts, e.g. `_posts`, `_drafts`. */
  postFolders: string[];
  /** Base URL under which site files are served to the preview, ending in `/`. */
  assetBaseUrl: string;
  /** Why the site opened as plain Markdown though a generator's config is there; null when it did not. */
  notice: string | null;
  /** The zone the site dates its posts in (its config's); null when it sets none, and the machine's is used. */
  timezone: string | null;
}
