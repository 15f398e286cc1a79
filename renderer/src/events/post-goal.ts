import { formatWords } from '../lib/format';
import { goalProgress, type GoalProgress } from './word-goal';

/** A post's word goal as the status bar shows it. */
export interface PostGoalView extends GoalProgress {
  /** The accessible name of the goal's button, which says all the bar shows. */
  label: string;
}

/** Progress of a post of `words` words towards its goal of `goal` words: "312 / 800 words". */
export function postGoalView(words: number, goal: number): PostGoalView {
  const progress = goalProgress(words, goal);
  const text = progress.reached ? `${formatWords(words)}, goal reached` : `${progress.text} words`;
  return { ...progress, text, label: `Word goal for this post: ${formatWords(goal)}, ${formatWords(words)} written` };
}
