import { useState } from 'react';

interface SiteGoneBannerProps {
  root: string;
  canSave: boolean;
  onSaveElsewhere: () => Promise<string | null>;
}

/** The site folder vanished: say so plainly and offer a way to keep the text. */
export function SiteGoneBanner({ root, canSave, onSaveElsewhere }: SiteGoneBannerProps) {
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = () => {
    setBusy(true);
    void onSaveElsewhere().then((path) => {
      setBusy(false);
      if (path) setSavedTo(path);
    });
  };
  return (
    <div role="alert" className="bar bar-danger site-gone">
      <p>
        <strong>The site folder {root || 'of this blog'} is gone.</strong> Your text is kept here.
        {savedTo && <> A copy was saved to {savedTo}.</>}
      </p>
      <div className="bar-actions">
        <button type="button" className="button primary" disabled={!canSave || busy} onClick={save}>
          Save elsewhere…
        </button>
      </div>
    </div>
  );
}
