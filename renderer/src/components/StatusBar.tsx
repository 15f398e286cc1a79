import type { ReactNode } from 'react';
import type { SaveStatus } from '../documents/document-manager';
import type { TextFacts } from '../hooks/useTextFacts';
import { formatReadingTime, formatWords } from '../lib/format';

const statusText: Record<SaveStatus, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  conflict: 'Conflict',
};

interface StatusBarProps {
  facts: TextFacts | null;
  status: SaveStatus | null;
  readOnly: boolean;
  siteName: string;
  /** Publishes waiting for the network, when there are any. */
  publishQueue: ReactNode;
  onOpenSiteSettings: () => void;
}

/** Words, reading time, whether the post is on disk, publishes waiting to be pushed, and the site's name (opening its settings). */
export function StatusBar({ facts, status, readOnly, siteName, publishQueue, onOpenSiteSettings }: StatusBarProps) {
  return (
    <footer role="status" className="status-bar">
      {/* Counts change with every pause in typing: shown, not announced. */}
      <span className="status-item" aria-live="off">
        {facts && (
          <>
            {formatWords(facts.words)}{' '}
            <span className="status-sep" aria-hidden="true">
              ·
            </span>{' '}
            {formatReadingTime(facts.readingMinutes)}
          </>
        )}
      </span>{' '}
      {status && (
        <span className={`status-item save-state save-state-${readOnly ? 'read-only' : status}`}>
          <span className="save-dot" aria-hidden="true" />
          {readOnly && status === 'saved' ? 'Read-only' : statusText[status]}
        </span>
      )}{' '}
      {publishQueue}{' '}
      <button
        type="button"
        className="status-item site-name"
        title="Site settings: where posts and photos go"
        aria-label={`Site settings for ${siteName}`}
        onClick={onOpenSiteSettings}
      >
        {siteName}
      </button>
    </footer>
  );
}
