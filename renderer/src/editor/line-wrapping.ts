import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** Prose wraps at the pane's edge: writers never scroll sideways to read a paragraph. */
export function lineWrapping(): Extension {
  return EditorView.lineWrapping;
}
