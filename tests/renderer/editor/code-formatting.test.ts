import { markdown } from '@codemirror/lang-markdown';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { toggleCodeBlock, toggleInlineCode } from '../../../renderer/src/editor/code-formatting';
import { run } from './state-strings';

describe('toggleInlineCode', () => {
  it.each([
    ['wraps a selection in backticks', 'run <npm test> now', 'run `<npm test>` now'],
    ['removes backticks around the selection', 'run `<npm test>` now', 'run <npm test> now'],
    ['removes backticks just inside the selection', 'run <`npm test`> now', 'run <npm test> now'],
    ['inserts a pair with the cursor inside', 'a | b', 'a `|` b'],
    ['uses a double fence, padded, for code holding a backtick', '<a`b>', '`` <a`b> ``'],
  ])('%s', (_name, before, after) => {
    expect(run(toggleInlineCode, before)).toBe(after);
  });

  it('does nothing in a read-only post', () => {
    expect(run(toggleInlineCode, '<a>', EditorState.readOnly.of(true))).toBeNull();
  });
});

describe('toggleCodeBlock', () => {
  const md = markdown();

  it.each([
    ['fences the selected lines', 'intro\n<a = 1\nb = 2>\nend', 'intro\n```\n<a = 1\nb = 2>\n```\nend'],
    ['fences the line the cursor is on', 'x = |1', '```\n<x = 1>\n```'],
    ['opens an empty block on a blank line', 'a\n\n|\n\nb', 'a\n\n```\n|\n```\n\nb'],
    ['removes the fences of the block around the cursor', 'a\n```js\nlet |x;\n```\nb', 'a\nlet |x;\nb'],
    ['removes the fences when the cursor is on the closing one', 'a\n```\ncode\n```|', 'a\ncode|'],
    ['removes an empty block', 'a\n```\n|```\nb', 'a\n|\nb'],
    ['removes the fence of a block never closed', '```\ncode|', 'code|'],
  ])('%s', (_name, before, after) => {
    expect(run(toggleCodeBlock, before, md)).toBe(after);
  });

  it('toggles back to the original text', () => {
    const fenced = run(toggleCodeBlock, 'a\n<b>\nc', md) ?? '';
    expect(run(toggleCodeBlock, fenced, md)).toBe('a\n<b>\nc');
  });
});
