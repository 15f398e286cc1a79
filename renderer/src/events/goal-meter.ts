import { goalProgress, goalTitle, type GoalProgress } from './word-goal';

const numberFormat = new Intl.NumberFormat();

/** The daily goal as the status bar shows it: progress, the words it counts, and a tooltip. */
export interface GoalMeterView extends GoalProgress {
  /** The words counted towards the goal. */
  words: number;
  /** "Daily word goal: 1,000 words; 412 written today". */
  title: string;
}

/**
 * Progress towards a daily goal of `goal` words. Counts `wordsToday` when it is known ("412 /
 * 1,000 today"); otherwise the open post's words stand in for them ("412 / 1,000").
 */
export function goalMeterView(postWords: number, wordsToday: number | null, goal: number): GoalMeterView {
  if (wordsToday === null) {
    return { ...goalProgress(postWords, goal), words: postWords, title: goalTitle(goal) };
  }
  const progress = goalProgress(wordsToday, goal);
  return {
    ...progress,
    text: `${progress.text} today`,
    words: wordsToday,
    title: `${goalTitle(goal)}; ${numberFormat.format(wordsToday)} written today`,
  };
}
