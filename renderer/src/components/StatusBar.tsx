import { useId, type ReactNode } from 'react';
import type { SaveStatus } from '../documents/document-manager';
import type { TextFacts } from '../hooks/useTextFacts';
import { goalMeterView } from '../events/goal-meter';
import { PostGoalButton } from '../events/PostGoalButton';
import { postGoalView } from '../events/post-goal';
import { formatReadingTime, formatWords } from '../lib/format';
import { requestAppSettings } from '../settings/app-settings-request';

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
  /** Words written today, counted towards the goal; null while unknown, so the post's words stand in. */
  wordsToday: number | null;
  onOpenWritingSettings: () => void;
  /** The open post's own word goal; null shows a button to set one. */
  postGoal: number | null;
  onEditPostGoal: () => void;
}

const writingSettingsHint = 'Writing settings: word goal and where updates go';

function GoalMeter({ postWords, wordsToday, goal }: { postWords: number; wordsToday: number | null; goal: number }) {
  const view = goalMeterView(postWords, wordsToday, goal);
  return (
    <span className={`word-goal${view.reached ? ' word-goal-reached' : ''}`} title={view.title}>
      <meter className="word-goal-meter" min={0} max={goal} value={Math.min(view.words, goal)} aria-hidden="true" />
      {view.text}
    </span>
  );
}

/**
 * Words (towards the daily goal, when there is one) and reading time, opening the writing
 * settings; whether the post is on disk; publishes waiting to be pushed; and the site's name,
 * opening its settings.
 */
export function StatusBar(props: StatusBarProps) {
  const { facts, status, readOnly, siteName, publishQueue, wordGoal, wordsToday, postGoal } = props;
  const hintId = useId();
  return (
    <footer role="status" className="status-bar">
      {/* Counts change with every pause in typing: shown, not announced. The button is named by
          what it shows, so speech control can click it by that; what it opens is its description. */}
      {facts ? (
        <button
          type="button"
          className="status-item status-button status-words"
          aria-live="off"
          title={writingSettingsHint}
          aria-describedby={hintId}
          onClick={props.onOpenWritingSettings}
        >
          {postGoal === null ? formatWords(facts.words) : postGoalView(facts.words, postGoal).text}
          {wordGoal !== null && (
            <>
              {' '}
              <GoalMeter postWords={facts.words} wordsToday={wordsToday} goal={wordGoal} />
            </>
          )}{' '}
          <span className="status-sep" aria-hidden="true">
            ·
          </span>{' '}
          {formatReadingTime(facts.readingMinutes)}
        </button>
      ) : (
        <span className="status-item" aria-live="off" />
      )}
      {facts && <PostGoalButton words={facts.words} goal={postGoal} onClick={props.onEditPostGoal} />}
      {/* Outside the button, or it would join the name; always there, so the live footer never announces it. */}
      <span id={hintId} className="visually-hidden">
        {writingSettingsHint}
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
        className="status-item status-button site-name"
        title="Site settings: where posts and photos go"
        aria-label={`Site settings for ${siteName}`}
        onClick={props.onOpenSiteSettings}
      >
        {siteName}
      </button>{' '}
      <button
        type="button"
        className="status-item status-button status-gear"
        title="Settings: theme, editor, spelling, defaults for every site"
        aria-label="Settings"
        onClick={requestAppSettings}
      >
        <span aria-hidden="true">⚙</span>
      </button>
    </footer>
  );
}
