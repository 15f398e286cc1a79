import { StateEffect, StateField, type EditorState, type Extension, type Text } from '@codemirror/state';

/**
 * Records which text is on disk. The value is the saved text, or null for "the document as
 * it stands after this transaction".
 */
export const markSaved = StateEffect.define<Text | null>();

interface SavedInfo {
  saved: Text;
  dirty: boolean;
}

const savedField = StateField.define<SavedInfo>({
  create: (state) => ({ saved: state.doc, dirty: false }),
  update(value, tr) {
    let saved = value.saved;
    let touched = tr.docChanged;
    for (const effect of tr.effects) {
      if (!effect.is(markSaved)) continue;
      saved = effect.value ?? tr.newDoc;
      touched = true;
    }
    if (!touched) return value;
    // Text.eq skips shared subtrees, so this stays cheap on long posts; comparing (rather than
    // setting a flag on every change) lets undo back to the saved text read as clean again.
    return { saved, dirty: !tr.newDoc.eq(saved) };
  },
});

/** Tracks whether a post differs from the text last read from or written to disk. */
export function dirtyTracking(): Extension {
  return savedField;
}

/** True when the document has edits that are not on disk. */
export function isDirty(state: EditorState): boolean {
  return state.field(savedField, false)?.dirty ?? false;
}
