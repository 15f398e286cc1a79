import type { EditorState, Extension } from '@codemirror/state';
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';

/** The class on every line of the paragraph that holds the cursor; focus mode dims the rest. */
export const currentParagraphClass = 'cm-current-paragraph';

const mark = Decoration.line({ class: currentParagraphClass });

// A paragraph with no blank line for this long is a wall of text: marking more helps no one.
const MAX_SCAN_LINES = 500;

function paragraphLines(state: EditorState): { first: number; last: number } {
  const doc = state.doc;
  const at = doc.lineAt(state.selection.main.head).number;
  const blank = (line: number) => doc.line(line).text.trim() === '';
  if (blank(at)) return { first: at, last: at };
  let first = at;
  while (first > 1 && at - first < MAX_SCAN_LINES && !blank(first - 1)) first--;
  let last = at;
  while (last < doc.lines && last - at < MAX_SCAN_LINES && !blank(last + 1)) last++;
  return { first, last };
}

function decorationsFor(view: EditorView): DecorationSet {
  const { first, last } = paragraphLines(view.state);
  const doc = view.state.doc;
  const ranges = [];
  for (const visible of view.visibleRanges) {
    const from = Math.max(first, doc.lineAt(visible.from).number);
    const to = Math.min(last, doc.lineAt(visible.to).number);
    for (let line = from; line <= to; line++) ranges.push(mark.range(doc.line(line).from));
  }
  return Decoration.set(ranges, true);
}

/** Marks the lines of the cursor's paragraph (lines between blank lines) with `currentParagraphClass`. */
export function currentParagraph(): Extension {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = decorationsFor(view);
      }
      update(update: ViewUpdate) {
        if (update.docChanged || update.selectionSet || update.viewportChanged) {
          this.decorations = decorationsFor(update.view);
        }
      }
    },
    { decorations: (plugin) => plugin.decorations },
  );
}
