import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** The class, on any ancestor of the editor, that turns typewriter scrolling on. */
export const typewriterModeClass = 'typewriter-mode';

/**
 * Typewriter scrolling: while an ancestor has `typewriterModeClass`, every scroll that follows
 * the cursor (typing, arrow keys) keeps its line in the middle of the editor, by leaving only
 * a band one line high in the middle for "nearest" scrolling to aim at. Read from the DOM when
 * a scroll happens, so one switch covers every post's state.
 */
export function typewriterScrolling(): Extension {
  return EditorView.scrollMargins.of((view) => {
    if (!view.dom.closest(`.${typewriterModeClass}`)) return null;
    const margin = Math.max(0, view.scrollDOM.clientHeight / 2 - view.defaultLineHeight);
    return { top: margin, bottom: margin };
  });
}
