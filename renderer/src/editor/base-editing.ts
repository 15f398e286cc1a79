import { defaultKeymap } from '@codemirror/commands';
import { EditorState, type Extension } from '@codemirror/state';
import { drawSelection, dropCursor, highlightSpecialChars, keymap } from '@codemirror/view';

/**
 * The editing basics every post gets: standard keys, drawn selections (several at once),
 * a drop cursor and visible control characters. Tab is left alone so keyboard users can leave
 * the editor.
 */
export function baseEditing(): Extension {
  return [
    EditorState.allowMultipleSelections.of(true),
    drawSelection(),
    dropCursor(),
    highlightSpecialChars(),
    keymap.of(defaultKeymap),
  ];
}
