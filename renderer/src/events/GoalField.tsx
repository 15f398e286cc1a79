import { useState } from 'react';
import { parseGoalInput, type GoalInput as ParsedGoal } from './word-goal';

/** A word goal being typed: the text, what it reads as, and its problem once the writer is done with it. */
export interface GoalFieldState {
  text: string;
  setText: (text: string) => void;
  parsed: ParsedGoal;
  /** Shown once the writer leaves the field or saves, not at the first keystroke. */
  problem: string | null;
  /** The writer is done with the field: its problem, if any, shows. */
  check: () => void;
}

/** The state of a goal field starting at `goal`; `per` ends the message about a goal too large. */
export function useGoalField(goal: number | null, per?: string): GoalFieldState {
  const [text, setText] = useState(goal === null ? '' : String(goal));
  const [checked, setChecked] = useState(false);
  const parsed = parseGoalInput(text, per);
  return {
    text,
    setText,
    parsed,
    problem: checked && 'problem' in parsed ? parsed.problem : null,
    check: () => setChecked(true),
  };
}

interface GoalInputProps {
  id: string;
  field: GoalFieldState;
  /** The ids describing the field (hint, problem); empty for none. */
  describedBy: string;
  autofocus?: boolean;
}

/** The words of a goal, empty for none. */
export function GoalInput({ id, field, describedBy, autofocus }: GoalInputProps) {
  return (
    // Text, not type="number": the browser would turn "1,000" or "abc" into an empty value, read as no goal.
    <input
      id={id}
      className="small-control writing-goal-input"
      inputMode="numeric"
      autoComplete="off"
      placeholder="No goal"
      value={field.text}
      data-autofocus={autofocus || undefined}
      aria-describedby={describedBy || undefined}
      aria-invalid={field.problem !== null || undefined}
      onBlur={field.check}
      onChange={(event) => field.setText(event.target.value)}
    />
  );
}
