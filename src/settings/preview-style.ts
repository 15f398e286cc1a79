/** The open site's own stylesheet in the preview: a per-site choice. */
export interface PreviewStyle {
  /** The site's obvious stylesheet, site-relative (`assets/css/main.css`); null when it has none. */
  stylesheet: string | null;
  /** Whether the writer chose to preview posts with it. */
  useSiteStylesheet: boolean;
  /** The stylesheet's text while it is used and readable; null otherwise. */
  css: string | null;
  /** Why the stylesheet is not used though chosen (too large, unreadable); null when nothing is wrong. */
  problem: string | null;
}
