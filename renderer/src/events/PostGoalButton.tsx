import { postGoalView } from './post-goal';

interface PostGoalButtonProps {
  words: number;
  /** The post's goal; null offers to set one. */
  goal: number | null;
  onClick: () => void;
}

/** The status bar's way to the open post's word goal: its progress when set, else an offer to set it. */
export function PostGoalButton({ words, goal, onClick }: PostGoalButtonProps) {
  if (goal === null) {
    return (
      <button
        type="button"
        className="status-item status-button post-goal-button"
        aria-live="off"
        title="Set a word goal for this post"
        onClick={onClick}
      >
        Set goal
      </button>
    );
  }
  const view = postGoalView(words, goal);
  return (
    <button
      type="button"
      className={`status-item status-button post-goal-button${view.reached ? ' word-goal-reached' : ''}`}
      aria-live="off"
      aria-label={view.label}
      title={`${view.label}. Change or remove the goal`}
      onClick={onClick}
    >
      <meter className="word-goal-meter" min={0} max={goal} value={Math.min(words, goal)} aria-hidden="true" />
    </button>
  );
}
