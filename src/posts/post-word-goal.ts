import { maxDailyWordGoal } from '../events/writing-settings';
import type { PostId } from './post-types';

/** The largest goal one post can have: as many words as a day's, which the goal field also reads. */
export const maxPostWordGoal = maxDailyWordGoal;

/** How many posts of one site can have a goal; the session keeps them all. */
export const maxPostGoals = 5_000;

/** Post ids mapped to their word goals, as the session keeps them. */
export type PostWordGoals = Readonly<Record<PostId, number>>;

/** The goals with `id`'s goal set to `goal`, or removed when `goal` is null; `goals` is left as it was. */
export function withPostWordGoal(goals: PostWordGoals | undefined, id: PostId, goal: number | null): PostWordGoals {
  const next = Object.fromEntries(Object.entries(goals ?? {}).filter(([each]) => each !== id));
  return goal === null ? next : { ...next, [id]: goal };
}

/** The word goal of the post `id`, or null when it has none. */
export function postWordGoalOf(goals: PostWordGoals | undefined, id: PostId | null): number | null {
  if (id === null || goals === undefined || !Object.hasOwn(goals, id)) return null;
  return goals[id] ?? null;
}
