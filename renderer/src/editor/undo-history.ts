import { history, historyKeymap } from '@codemirror/commands';
import type { Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';

/**
 * Undo and redo. The history lives in the post's EditorState, so keeping one state per open
 * post gives each post its own history.
 */
export function undoHistory(): Extension {
  return [history(), keymap.of(historyKeymap)];
}
