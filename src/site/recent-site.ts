/** A site the writer opened before, as the Welcome screen and File → Open Recent show it. */
export interface RecentSite {
  /** Absolute folder, exactly as recorded; the only value `site.openRecent` accepts back. */
  root: string;
  /** The site's title from its config, else the folder name. */
  name: string;
  /** False when the folder is gone (moved, deleted, on a drive not mounted). */
  exists: boolean;
}
