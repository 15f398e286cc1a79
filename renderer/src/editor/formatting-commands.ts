import {
  EditorSelection,
  type ChangeSpec,
  type EditorState,
  type SelectionRange,
  type StateCommand,
} from '@codemirror/state';

const emphasisChars = ['*', '_'] as const;

/** A new range over [from, to] that keeps the direction of the one it replaces. */
function rangeLike(original: SelectionRange, from: number, to: number): SelectionRange {
  return original.anchor > original.head ? EditorSelection.range(to, from) : EditorSelection.range(from, to);
}

/** How many `char`s run from `pos` forwards (dir 1) or backwards (dir -1), without passing `limit`. */
function runLength(state: EditorState, pos: number, dir: 1 | -1, char: string, limit: number): number {
  let count = 0;
  while (count < 3) {
    const at = dir === 1 ? pos + count : pos - count - 1;
    if (dir === 1 ? at >= limit : at < limit) break;
    if (state.sliceDoc(at, at + 1) !== char) break;
    count++;
  }
  return count;
}

// `***x***` is bold and italic at once, so a run of three counts for both levels.
function hasLevel(run: number, level: 1 | 2): boolean {
  return level === 2 ? run >= 2 : run === 1 || run === 3;
}

/** Trims whitespace off both ends: CommonMark ignores `** bold **`, so markers must hug the text. */
function trimmed(state: EditorState, from: number, to: number): { from: number; to: number } {
  const text = state.sliceDoc(from, to);
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end <= start ? { from: to, to } : { from: from + start, to: from + end };
}

function toggleEmphasis(level: 1 | 2): StateCommand {
  const marker = '*'.repeat(level);
  return ({ state, dispatch }) => {
    if (state.readOnly) return false;
    const changes = state.changeByRange((range) => {
      const { from, to } = range;
      for (const char of emphasisChars) {
        // Markers inside the selection: `<**bold**>`.
        if (to - from > 2 * level) {
          const lead = runLength(state, from, 1, char, to);
          const trail = runLength(state, to, -1, char, from);
          if (lead + trail < to - from && hasLevel(Math.min(lead, trail), level)) {
            const remove: ChangeSpec[] = [
              { from, to: from + level },
              { from: to - level, to },
            ];
            return { changes: remove, range: rangeLike(range, from, to - 2 * level) };
          }
        }
        // Markers around the selection or the cursor: `**<bold>**`, `**|**`.
        const before = runLength(state, from, -1, char, 0);
        const after = runLength(state, to, 1, char, state.doc.length);
        if (hasLevel(Math.min(before, after), level)) {
          const remove: ChangeSpec[] = [
            { from: from - level, to: from },
            { from: to, to: to + level },
          ];
          return { changes: remove, range: rangeLike(range, from - level, to - level) };
        }
      }
      const target = trimmed(state, from, to);
      if (target.from === target.to) {
        const at = range.empty ? range.head : target.from;
        return { changes: { from: at, insert: marker + marker }, range: EditorSelection.cursor(at + level) };
      }
      const wrap: ChangeSpec[] = [
        { from: target.from, insert: marker },
        { from: target.to, insert: marker },
      ];
      return { changes: wrap, range: rangeLike(range, target.from + level, target.to + level) };
    });
    dispatch(state.update(changes, { scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}

/** Mod-b: wraps the selection in `**`, or removes the `**` around or just inside it. */
export const toggleBold: StateCommand = toggleEmphasis(2);

/** Mod-i: wraps the selection in `*`, or removes the `*` (or `_`) around or just inside it. */
export const toggleItalic: StateCommand = toggleEmphasis(1);

const wholeLink = /^\[([^\]\n]*)\]\(([^)\s]*)\)$/;
const linkTail = /^\]\(([^)\s]*)\)/;
const looksLikeUrl = /^(?:https?:\/\/|mailto:)\S+$/i;

/**
 * Mod-k: turns the selection into a link, `[text](|)` with the cursor where the URL goes (or
 * `[|](url)` when the selection is a URL); on an existing link's text, removes the link.
 */
export const toggleLink: StateCommand = ({ state, dispatch }) => {
  if (state.readOnly) return false;
  const changes = state.changeByRange((range) => {
    const { from, to } = range;
    const selected = state.sliceDoc(from, to);
    const whole = wholeLink.exec(selected);
    if (whole) {
      const label = whole[1] ?? '';
      return { changes: { from, to, insert: label }, range: rangeLike(range, from, from + label.length) };
    }
    const tail = linkTail.exec(state.sliceDoc(to, state.doc.lineAt(to).to));
    // An empty cursor only unlinks an empty skeleton `[|]()`, so no URL is ever dropped by accident.
    if (state.sliceDoc(from - 1, from) === '[' && tail && (!range.empty || tail[1] === '')) {
      const remove: ChangeSpec[] = [
        { from: from - 1, to: from },
        { from: to, to: to + tail[0].length },
      ];
      return { changes: remove, range: rangeLike(range, from - 1, to - 1) };
    }
    const target = trimmed(state, from, to);
    if (target.from === target.to) {
      const at = range.empty ? range.head : target.from;
      return { changes: { from: at, insert: '[]()' }, range: EditorSelection.cursor(at + 1) };
    }
    const text = state.sliceDoc(target.from, target.to);
    if (looksLikeUrl.test(text)) {
      return {
        changes: { from: target.from, to: target.to, insert: `[](${text})` },
        range: EditorSelection.cursor(target.from + 1),
      };
    }
    const wrap: ChangeSpec[] = [
      { from: target.from, insert: '[' },
      { from: target.to, insert: ']()' },
    ];
    return { changes: wrap, range: EditorSelection.cursor(target.to + 3) };
  });
  dispatch(state.update(changes, { scrollIntoView: true, userEvent: 'input.format' }));
  return true;
};
