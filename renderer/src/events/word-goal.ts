import { maxDailyWordGoal } from '../../../src/events/writing-settings';
import { formatWords } from '../lib/format';

const numberFormat = new Intl.NumberFormat();

/** How far the words are towards the goal, as the status bar shows it. */
export interface GoalProgress {
  /** "412 / 1,000", or "Goal reached" at or over the goal. */
  text: string;
  reached: boolean;
  /** From 0 to 1; never past 1, however far the writer went. */
  fraction: number;
}

/** The progress of `words` towards a daily goal of `goal` words (a whole number, at least 1). */
export function goalProgress(words: number, goal: number): GoalProgress {
  const reached = words >= goal;
  return {
    text: reached ? 'Goal reached' : `${numberFormat.format(words)} / ${numberFormat.format(goal)}`,
    reached,
    fraction: Math.min(1, Math.max(0, words / goal)),
  };
}

/** "Daily word goal: 1,000 words", for the tooltip of the progress. */
export function goalTitle(goal: number): string {
  return `Daily word goal: ${formatWords(goal)}`;
}

/** A goal as typed, or what is wrong with it. Empty means no goal. */
export type GoalInput = { goal: number | null } | { problem: string };

/**
 * Reads the goal the writer typed: empty for no goal, else a whole number from 1 to 100,000.
 * Thousands separators are allowed, so "1,000" and "1 000" read as 1000. `per` ends the message
 * about a goal too large: "a day" for the daily goal, "in a post" for a post's.
 */
export function parseGoalInput(text: string, per = 'a day'): GoalInput {
  const trimmed = text.trim();
  if (trimmed === '') return { goal: null };
  const digits = trimmed.replace(/[\s,.'\u00a0\u202f]/g, '');
  // A separator must sit between groups of three digits; "1.5" is a fraction, not fifteen.
  const grouped = /^\d{1,3}(?:[\s,.'\u00a0\u202f]\d{3})*$/.test(trimmed);
  if (!/^\d+$/.test(digits) || (digits !== trimmed && !grouped)) {
    return { problem: 'Write the goal as a whole number of words, like 500, or leave it empty for no goal.' };
  }
  const goal = Number(digits);
  if (goal < 1) return { problem: 'The goal is at least one word; leave it empty for no goal.' };
  if (goal > maxDailyWordGoal) {
    return { problem: `The goal can be at most ${numberFormat.format(maxDailyWordGoal)} words ${per}.` };
  }
  return { goal };
}
