import { useCallback, useEffect, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { PreviewStyle } from '../../../src/settings/preview-style';
import { scopedSiteCss } from './scoped-site-css';

/** The open site's stylesheet for the preview, and a way to turn it on or off. */
export interface SitePreviewStyle {
  /** Null while loading and with no site open. */
  style: PreviewStyle | null;
  setUseSiteStylesheet: (use: boolean) => void;
  /** Looks for the stylesheet again (the writer may have added one since the site opened). */
  refresh: () => void;
}

/**
 * Loads whether the open site previews with its own stylesheet and, while it does, puts that
 * stylesheet in the page confined to the preview's content (see `scopedSiteCss`).
 */
export function useSitePreviewStyle(
  api: LanyardApi,
  root: string | null,
  report: (error: unknown) => void,
): SitePreviewStyle {
  // Kept with the site it belongs to, so another site never shows this one's stylesheet.
  const [loaded, setLoaded] = useState<{ root: string; style: PreviewStyle } | null>(null);
  const style = root !== null && loaded?.root === root ? loaded.style : null;
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (root === null) return;
    let live = true;
    api.site.previewStyle().then((next) => live && setLoaded({ root, style: next }), report);
    return () => {
      live = false;
    };
  }, [api, root, report, generation]);

  const css = style?.css ?? null;
  useEffect(() => {
    if (css === null) return;
    const element = document.createElement('style');
    element.dataset.siteStylesheet = '';
    try {
      element.textContent = scopedSiteCss(css);
    } catch (error) {
      report(error);
      return;
    }
    document.head.append(element);
    return () => element.remove();
  }, [css, report]);

  const setUseSiteStylesheet = (use: boolean) => {
    if (root === null || style === null) return;
    // Shown as chosen at once; the stylesheet itself follows with the answer.
    setLoaded({ root, style: { ...style, useSiteStylesheet: use } });
    api.site.updatePreviewStyle({ useSiteStylesheet: use }).then((next) => setLoaded({ root, style: next }), report);
  };
  const refresh = useCallback(() => setGeneration((count) => count + 1), []);
  return { style, setUseSiteStylesheet, refresh };
}
