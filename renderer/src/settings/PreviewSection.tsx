import { useId } from 'react';
import type { SitePreviewStyle } from './useSitePreviewStyle';

/** This site's choice: preview posts with the site's own stylesheet, when it has an obvious one. */
export function PreviewSection({ siteName, preview }: { siteName: string; preview: SitePreviewStyle }) {
  const titleId = useId();
  const hintId = useId();
  const { style } = preview;
  if (style === null) return null;
  return (
    <section className="app-settings-section" aria-labelledby={titleId}>
      <h3 id={titleId}>Preview of {siteName}</h3>
      <label className="app-setting-check app-setting-check-flush">
        <input
          type="checkbox"
          checked={style.useSiteStylesheet && style.stylesheet !== null}
          disabled={style.stylesheet === null}
          aria-describedby={hintId}
          onChange={(event) => preview.setUseSiteStylesheet(event.target.checked)}
        />
        Use the site’s stylesheet in the preview
      </label>
      <p id={hintId} className="app-setting-hint">
        {style.stylesheet === null ? (
          'No stylesheet found in this site (like static/css/*.css on Hugo, assets/css/*.css on Jekyll).'
        ) : (
          <>
            For this site only: <code>{style.stylesheet}</code>, applied to the post and nothing else.
          </>
        )}
      </p>
      {style.problem && (
        <p className="publish-error" role="alert">
          {style.problem}
        </p>
      )}
    </section>
  );
}
