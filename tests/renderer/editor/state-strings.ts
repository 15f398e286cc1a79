import { EditorSelection, EditorState, type Extension, type StateCommand, type Transaction } from '@codemirror/state';

/**
 * Builds an EditorState from a string in which `|` marks a cursor and `<` … `>` a selection
 * (several of either make several ranges), as CodeMirror's own command tests do.
 */
export function stateOf(marked: string, extensions: Extension = []): EditorState {
  const ranges: { anchor: number; head: number }[] = [];
  let doc = '';
  let open = -1;
  for (const char of marked) {
    if (char === '|') ranges.push({ anchor: doc.length, head: doc.length });
    else if (char === '<') open = doc.length;
    else if (char === '>') ranges.push({ anchor: open, head: doc.length });
    else doc += char;
  }
  const selection = EditorSelection.create(
    (ranges.length ? ranges : [{ anchor: 0, head: 0 }]).map((r) => EditorSelection.range(r.anchor, r.head)),
  );
  return EditorState.create({ doc, selection, extensions: [EditorState.allowMultipleSelections.of(true), extensions] });
}

/** The state as a string, marked the same way. */
export function markedOf(state: EditorState): string {
  const marks: { pos: number; text: string }[] = [];
  for (const range of state.selection.ranges) {
    if (range.empty) marks.push({ pos: range.head, text: '|' });
    else marks.push({ pos: range.from, text: '<' }, { pos: range.to, text: '>' });
  }
  let out = state.doc.toString();
  for (const mark of marks.sort((a, b) => b.pos - a.pos))
    out = out.slice(0, mark.pos) + mark.text + out.slice(mark.pos);
  return out;
}

/** Runs a command on a marked string; returns the marked result, or null if it declined. */
export function run(command: StateCommand, marked: string, extensions: Extension = []): string | null {
  let state = stateOf(marked, extensions);
  let done: Transaction | null = null;
  const handled = command({ state, dispatch: (tr) => (done = tr) });
  if (!handled) return null;
  if (done) state = (done as Transaction).state;
  return markedOf(state);
}
