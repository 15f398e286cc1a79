import { useState } from 'react';

/**
 * Why the open folder is shown as plain Markdown though a generator's config is there (a config
 * that does not parse, a missing or linked content folder, two generators), until dismissed.
 */
export function SiteNotice({ notice }: { notice: string | null }) {
  // Keyed by the text, so a different notice (another site, or the same one reopened broken differently) shows again.
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (notice === null || notice === dismissed) return null;
  return (
    <div role="status" className="bar bar-warning site-notice">
      <p>{notice}</p>
      <div className="bar-actions">
        <button type="button" className="button" onClick={() => setDismissed(notice)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
