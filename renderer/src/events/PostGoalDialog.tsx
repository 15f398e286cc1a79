import { useId, type FormEvent } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { GoalInput, useGoalField } from './GoalField';
import type { PostWordGoal } from './usePostWordGoal';

interface PostGoalDialogProps {
  /** The post's title, to say whose goal it is. */
  postTitle: string;
  goal: number | null;
  onSave: (goal: number | null) => void;
  onClose: () => void;
}

/** Sets or removes the word goal of the open post; empty means no goal. */
export function PostGoalDialog({ postTitle, goal, onSave, onClose }: PostGoalDialogProps) {
  const field = useGoalField(goal, 'in a post');
  const { parsed, problem } = field;
  const titleId = useId();
  const hintId = useId();
  const fieldId = useId();
  const problemId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    field.check();
    if ('goal' in parsed) onSave(parsed.goal);
  };

  return (
    <ModalDialog
      className="photo-dialog post-goal-dialog"
      labelledBy={titleId}
      describedBy={hintId}
      busy={false}
      dismissible
      view="form"
      onDismiss={onClose}
    >
      <form className="photo-dialog-form" onSubmit={submit}>
        <header className="photo-dialog-header">
          <h2 id={titleId}>Word Goal</h2>
          <p id={hintId}>How many words “{postTitle}” should have. The status bar shows how far along it is.</p>
        </header>
        <div className="publish-body">
          <div className="writing-setting">
            <label htmlFor={fieldId}>Words in this post</label>
            <GoalInput id={fieldId} field={field} describedBy={problem ? problemId : ''} autofocus />
          </div>
          {problem && (
            <p id={problemId} className="publish-error" role="alert">
              {problem}
            </p>
          )}
        </div>
        <footer className="photo-dialog-actions">
          {goal !== null && (
            <button type="button" className="button" onClick={() => onSave(null)}>
              Remove Goal
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={problem !== null}>
            Save
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
}

/** The open post's goal dialog while it is being edited. */
export function PostGoalDialogHost({ postGoal, postTitle }: { postGoal: PostWordGoal; postTitle: string | null }) {
  if (!postGoal.editing) return null;
  return (
    <PostGoalDialog postTitle={postTitle ?? ''} goal={postGoal.goal} onSave={postGoal.save} onClose={postGoal.close} />
  );
}
