import type { ReactNode } from 'react';
import type { SaveStatus } from '../documents/document-manager';
import type { TextFacts } from '../hooks/useTextFacts';
import { goalProgress, goalTitle } from '../events/word-goal';
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
  /** Words a day the writer aims for; null shows no progress. */
  wordGoal: number | null;
  onOpenWritingSettings: () => void;
}

function GoalMeter({ words, goal }: { words: number; goal: number }) {
  const progress = goalProgress(words, goal);
  return (
    <span className={`word-goal${progress.reached ? ' word-goal-reached' : ''}`} title={goalTitle(goal)}>
      <meter className="word-goal-meter" min={0} max={goal} value={Math.min(words, goal)} aria-hidden="true" />
      {progress.text}
    </span>
  );
}

/**
 * Words (towards the daily goal, when there is one) and reading time, opening the writing
 * settings; whether the post is on disk; publishes waiting to be pushed; and the site's name,
 * opening its settings.
 */
export function StatusBar(props: StatusBarProps) {
  const { facts, status, readOnly, siteName, publishQueue, wordGoal } = props;
  return (
    <footer role="status" className="status-bar">
      {/* Counts change with every pause in typing: shown, not announced. */}
      {facts ? (
        <button
          type="button"
          className="status-item status-button status-words"
          aria-live="off"
          aria-label="Writing settings: word goal and where updates go"
          onClick={props.onOpenWritingSettings}
        >
          {formatWords(facts.words)}
          {wordGoal !== null && (
            <>
              {' '}
              <GoalMeter words={facts.words} goal={wordGoal} />
            </>
          )}{' '}
          <span className="status-sep" aria-hidden="true">
            ·
          </span>{' '}
          {formatReadingTime(facts.readingMinutes)}
        </button>
      ) : (
        <span className="status-item" aria-live="off" />
      )}{' '}
      {status && (
        <span className={`status-item save-state save-state-${readOnly ? 'read-only' : status}`}>
          <span className="save-dot" aria-hidden="true" />
          {readOnly && status === 'saved' ? 'Read-only' : statusText[status]}
        </span>
      )}{' '}
      {publishQueue}{' '}
      <button
        type="button"
        className="status-item status-button site-name"
        title="Site settings: where posts and photos go"
        aria-label={`Site settings for ${siteName}`}
        onClick={props.onOpenSiteSettings}
      >
        {siteName}
      </button>
    </footer>
  );
}
