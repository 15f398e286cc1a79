import { useState } from 'react';

interface Draft {
  text: string;
  /** The outside value when the draft was last typed, so a later outside change wins. */
  base: string;
  focused: boolean;
}

/** The parts of a text input a draft drives. */
export interface FieldDraft {
  /** What the input shows. */
  text: string;
  /** Call from the input's change handler. */
  setText: (text: string) => void;
  onFocus: () => void;
  onBlur: () => void;
  /** Whether the input shows the writer's own text rather than the outside value. */
  active: boolean;
}

/**
 * Keeps a text input's own text as the truth while it has focus, so the outside value coming
 * back after each change (re-parsed from the editor) never moves the caret or undoes half-typed
 * text; when the input isn't focused it shows the outside value. `holdAfterBlur` keeps a draft
 * after focus leaves (a number not finished yet) until the outside value changes.
 */
export function useFieldDraft(outside: string, holdAfterBlur?: (text: string) => boolean): FieldDraft {
  const [draft, setDraft] = useState<Draft | null>(null);
  const active =
    draft !== null && (draft.focused || (draft.base === outside && (holdAfterBlur?.(draft.text) ?? false)));
  const text = active ? draft.text : outside;
  return {
    text,
    active,
    setText: (next) => setDraft({ text: next, base: outside, focused: true }),
    onFocus: () => setDraft({ text, base: outside, focused: true }),
    onBlur: () => setDraft((current) => current && { ...current, focused: false }),
  };
}
