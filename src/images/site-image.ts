/** An image file in the open site, as the form's image field offers it. */
export interface SiteImage {
  /** Site-relative POSIX path, e.g. `assets/img/keynote.png`. */
  path: string;
  /** Size in bytes. */
  bytes: number;
  /** Last modification, in milliseconds since the epoch. */
  modifiedMs: number;
}
