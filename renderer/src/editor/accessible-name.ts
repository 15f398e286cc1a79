import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/**
 * Names the editable area, so assistive tech (and the tests) find it as the textbox "Post
 * body", and lets the platform spell-check prose as it does in any other text field. The
 * explicit tabindex says what contenteditable already does: the text is in the Tab order.
 */
export function accessibleName(label = 'Post body'): Extension {
  return EditorView.contentAttributes.of({
    'aria-label': label,
    spellcheck: 'true',
    autocapitalize: 'sentences',
    tabindex: '0',
  });
}
