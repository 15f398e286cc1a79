import type { ChangeSpec, EditorState, Line, StateCommand } from '@codemirror/state';

/** The lines the selection touches, each once; a selection ending at a line's start leaves that line out. */
function selectedLines(state: EditorState): Line[] {
  const lines = new Map<number, Line>();
  for (const range of state.selection.ranges) {
    const last = range.to > range.from && state.doc.lineAt(range.to).from === range.to ? range.to - 1 : range.to;
    for (let pos = range.from; pos <= last;) {
      const line = state.doc.lineAt(pos);
      lines.set(line.number, line);
      pos = line.to + 1;
    }
  }
  return [...lines.values()].sort((a, b) => a.number - b.number);
}

/** Applies line-prefix changes, keeping a cursor at a line's start after what was inserted there. */
function applyLineChanges(
  state: EditorState,
  dispatch: Parameters<StateCommand>[0]['dispatch'],
  changes: ChangeSpec[],
) {
  const changeSet = state.changes(changes);
  dispatch(
    state.update({
      changes: changeSet,
      selection: state.selection.map(changeSet, 1),
      scrollIntoView: true,
      userEvent: 'input.format',
    }),
  );
}

const headingPrefix = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;

/**
 * Mod-1, Mod-2, Mod-3: makes the selected lines headings of `level`, replacing another level;
 * on lines that are all that level already, makes them plain paragraphs again.
 */
export function toggleHeading(level: 1 | 2 | 3 | 4 | 5 | 6): StateCommand {
  const marker = `${'#'.repeat(level)} `;
  return ({ state, dispatch }) => {
    if (state.readOnly) return false;
    const lines = selectedLines(state);
    const prefixes = lines.map((line) => headingPrefix.exec(line.text));
    const removing = prefixes.every((prefix) => prefix?.[1]?.length === level);
    const changes = lines.map((line, index): ChangeSpec => {
      const old = prefixes[index]?.[0] ?? '';
      return { from: line.from, to: line.from + old.length, insert: removing ? '' : marker };
    });
    applyLineChanges(state, dispatch, changes);
    return true;
  };
}

const listPrefix = /^(\s*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;

/**
 * Mod-Shift-8 and Mod-Shift-7: makes the selected lines a bulleted (`- `) or numbered (`1. `)
 * list, turning the other kind over; when they already all are that kind, removes the markers.
 * Blank lines between items are left alone.
 */
export function toggleList(kind: 'bullet' | 'numbered'): StateCommand {
  const isKind = (marker: string) => (kind === 'bullet' ? /^[-*+]$/.test(marker) : /^\d/.test(marker));
  return ({ state, dispatch }) => {
    if (state.readOnly) return false;
    const touched = selectedLines(state);
    const withText = touched.filter((line) => line.text.trim() !== '');
    const lines = withText.length > 0 ? withText : touched;
    const prefixes = lines.map((line) => listPrefix.exec(line.text));
    const removing = prefixes.every((prefix) => prefix?.[2] !== undefined && isKind(prefix[2]));
    const changes = lines.map((line, index): ChangeSpec => {
      const prefix = prefixes[index];
      const indent = prefix?.[1] ?? /^\s*/.exec(line.text)?.[0] ?? '';
      const marker = removing ? '' : kind === 'bullet' ? '- ' : `${index + 1}. `;
      return { from: line.from + indent.length, to: line.from + (prefix?.[0].length ?? indent.length), insert: marker };
    });
    applyLineChanges(state, dispatch, changes);
    return true;
  };
}
