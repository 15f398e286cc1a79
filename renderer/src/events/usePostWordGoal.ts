import { useState } from 'react';
import { postWordGoalOf, withPostWordGoal } from '../../../src/posts/post-word-goal';
import type { PostId, SessionState } from '../../../src/posts/post-types';
import type { SessionUpdate } from '../hooks/useSession';

/** The open post's word goal and its dialog. */
export interface PostWordGoal {
  /** The open post's goal; null without one or without an open post. */
  goal: number | null;
  /** Whether the goal's dialog is up. */
  editing: boolean;
  /** Opens the dialog; does nothing without an open post or behind another dialog. */
  edit: () => void;
  /** Sets the open post's goal, or removes it for null, and closes the dialog. */
  save: (goal: number | null) => void;
  close: () => void;
}

/** The open post's word goal, kept in the site's session (so per site and post) in the main process. */
export function usePostWordGoal(
  session: SessionState | null,
  update: SessionUpdate,
  activeId: PostId | null,
): PostWordGoal {
  const [editing, setEditing] = useState(false);
  return {
    goal: postWordGoalOf(session?.postWordGoals, activeId),
    editing: editing && activeId !== null,
    // Never over another dialog: the menu's item can still be chosen while one is up.
    edit: () => setEditing(activeId !== null && session !== null && document.querySelector('dialog[open]') === null),
    save: (goal) => {
      if (activeId !== null && session !== null) {
        update({ postWordGoals: withPostWordGoal(session.postWordGoals, activeId, goal) }, { now: true });
      }
      setEditing(false);
    },
    close: () => setEditing(false),
  };
}
