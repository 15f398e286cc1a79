import type { UpdatePlacement } from './live-update';

/** How the writer works through an event day: where updates go and how many words a day they aim for. */
export interface WritingSettings {
  /** Where "Insert update" and quick capture put a new stamp. */
  updatePlacement: UpdatePlacement;
  /** Words a day the writer aims for; null when no goal is set. */
  dailyWordGoal: number | null;
}

/** What a writer starts with: updates at the bottom, in the order they happened, and no goal. */
export const defaultWritingSettings: WritingSettings = { updatePlacement: 'bottom', dailyWordGoal: null };

/** The longest goal a writer can set; more is a typo. */
export const maxDailyWordGoal = 100_000;
