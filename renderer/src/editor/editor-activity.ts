import { syntaxTree } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';

/**
 * The DOM event the editor's element fires when its text, selection or parse changed, or a post
 * was swapped in. Panels that follow the editor (the outline) listen for it on the document
 * instead of being wired into every post's state.
 */
export const editorActivityEvent = 'lanyard-editor-activity';

function announce(view: EditorView): void {
  view.dom.dispatchEvent(new CustomEvent(editorActivityEvent, { bubbles: true }));
}

/** Fires `editorActivityEvent` on the editor's element, at most once per update. */
export function editorActivity(): Extension {
  return ViewPlugin.define((view) => {
    // A new state (another post) builds the plugin afresh; the event waits until it is shown.
    queueMicrotask(() => announce(view));
    return {
      update(update: ViewUpdate) {
        const parsed = syntaxTree(update.state) !== syntaxTree(update.startState);
        if (update.docChanged || update.selectionSet || parsed) announce(update.view);
      },
    };
  });
}
