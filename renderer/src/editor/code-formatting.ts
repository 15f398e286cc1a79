import { syntaxTree } from '@codemirror/language';
import { EditorSelection, type ChangeSpec, type EditorState, type StateCommand } from '@codemirror/state';

/**
 * Mod-e: wraps the selection in backticks, or removes the backticks around or just inside it;
 * on an empty selection, inserts a pair with the cursor between.
 */
export const toggleInlineCode: StateCommand = ({ state, dispatch }) => {
  if (state.readOnly) return false;
  const changes = state.changeByRange((range) => {
    const { from, to } = range;
    const selected = state.sliceDoc(from, to);
    if (selected.length >= 2 && selected.startsWith('`') && selected.endsWith('`') && !selected.startsWith('``')) {
      const remove: ChangeSpec[] = [
        { from, to: from + 1 },
        { from: to - 1, to },
      ];
      return { changes: remove, range: EditorSelection.range(from, to - 2) };
    }
    if (state.sliceDoc(from - 1, from) === '`' && state.sliceDoc(to, to + 1) === '`') {
      const remove: ChangeSpec[] = [
        { from: from - 1, to: from },
        { from: to, to: to + 1 },
      ];
      return { changes: remove, range: EditorSelection.range(from - 1, to - 1) };
    }
    if (range.empty) return { changes: { from, insert: '``' }, range: EditorSelection.cursor(from + 1) };
    // Code that holds a backtick needs a longer fence, padded so a leading backtick stays code.
    const fence = selected.includes('`') ? '``' : '`';
    const pad = fence.length > 1 ? ' ' : '';
    const wrap: ChangeSpec[] = [
      { from, insert: fence + pad },
      { from: to, insert: pad + fence },
    ];
    const shift = fence.length + pad.length;
    return { changes: wrap, range: EditorSelection.range(from + shift, to + shift) };
  });
  dispatch(state.update(changes, { scrollIntoView: true, userEvent: 'input.format' }));
  return true;
};

type SyntaxNode = ReturnType<ReturnType<typeof syntaxTree>['resolveInner']>;

/** The fenced code block the position is in or at the edge of, by the Markdown tree. */
function fencedBlockAt(state: EditorState, pos: number): { from: number; to: number } | null {
  const tree = syntaxTree(state);
  for (const side of [-1, 1] as const) {
    for (let node: SyntaxNode | null = tree.resolveInner(pos, side); node; node = node.parent) {
      if (node.name === 'FencedCode') return { from: node.from, to: node.to };
    }
  }
  return null;
}

/** Removing a block's fences: the opening line, and the closing one when the block has one. */
function fenceRemovals(state: EditorState, block: { from: number; to: number }): ChangeSpec[] {
  const open = state.doc.lineAt(block.from);
  const close = state.doc.lineAt(block.to);
  const closed = close.number > open.number && /^\s*(`{3,}|~{3,})\s*$/.test(close.text);
  if (!closed) return [{ from: open.from, to: Math.min(open.to + 1, state.doc.length) }];
  if (close.number === open.number + 1) return [{ from: open.from, to: close.to }];
  return [
    { from: open.from, to: open.to + 1 },
    { from: close.from - 1, to: close.to },
  ];
}

/**
 * Mod-Shift-c: puts the selected lines in a fenced code block (an empty one, cursor inside, on a
 * blank line); inside a fenced block, removes its fences and keeps the code.
 */
export const toggleCodeBlock: StateCommand = ({ state, dispatch }) => {
  if (state.readOnly) return false;
  const main = state.selection.main;
  const block = fencedBlockAt(state, main.head);
  if (block) {
    const changeSet = state.changes(fenceRemovals(state, block));
    dispatch(
      state.update({ changes: changeSet, selection: state.selection.map(changeSet), userEvent: 'input.format' }),
    );
    return true;
  }
  const first = state.doc.lineAt(main.from);
  const lastPos = main.to > main.from && state.doc.lineAt(main.to).from === main.to ? main.to - 1 : main.to;
  const last = state.doc.lineAt(lastPos);
  if (first.number === last.number && first.text.trim() === '') {
    dispatch(
      state.update({
        changes: { from: first.from, to: first.to, insert: '```\n\n```' },
        selection: EditorSelection.cursor(first.from + 4),
        scrollIntoView: true,
        userEvent: 'input.format',
      }),
    );
    return true;
  }
  const changes = state.changes([
    { from: first.from, insert: '```\n' },
    { from: last.to, insert: '\n```' },
  ]);
  dispatch(
    state.update({
      changes,
      selection: EditorSelection.range(first.from + 4, last.to + 4),
      scrollIntoView: true,
      userEvent: 'input.format',
    }),
  );
  return true;
};
