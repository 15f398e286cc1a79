import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { toggleHeading, toggleList } from '../../../renderer/src/editor/line-formatting';
import { run } from './state-strings';

describe('toggleHeading', () => {
  it.each([
    ['makes a paragraph a heading, the cursor staying in the text', 'Day |one', 2, '## Day |one'],
    ['keeps a cursor at the line start after the marks', '|Day one', 1, '# |Day one'],
    ['changes the level of a heading', '### Day |one', 1, '# Day |one'],
    ['turns a heading of the same level back into a paragraph', '## Day |one', 2, 'Day |one'],
    ['handles a heading with no text', '#|', 2, '## |'],
    ['applies to every line of the selection', '<a\nb>', 3, '### <a\n### b>'],
    ['leaves out a line the selection only reaches the start of', '<a\n>b', 1, '# <a\n>b'],
    ['removes only when every line is that level, the selection keeping whole lines', '<# a\n## b>', 2, '<## a\n## b>'],
  ] as const)('%s', (_name, before, level, after) => {
    expect(run(toggleHeading(level), before)).toBe(after);
  });

  it('does nothing in a read-only post', () => {
    expect(run(toggleHeading(1), 'a|', EditorState.readOnly.of(true))).toBeNull();
  });
});

describe('toggleList', () => {
  it.each([
    ['bullets a line', 'bullet', 'milk|', '- milk|'],
    ['bullets every line with text and skips blank ones', 'bullet', '<a\n\nb>', '- <a\n\n- b>'],
    ['removes bullets when every line has one', 'bullet', '<- a\n* b>', '<a\nb>'],
    ['turns numbers into bullets, keeping the indent', 'bullet', '<1. a\n  2. b>', '<- a\n  - b>'],
    ['numbers lines from one', 'numbered', '<a\nb\nc>', '1. <a\n2. b\n3. c>'],
    ['turns bullets into numbers', 'numbered', '<- a\n- b>', '<1. a\n2. b>'],
    ['removes numbers when every line has one', 'numbered', '<1. a\n2) b>', '<a\nb>'],
    ['starts a list on a blank line', 'bullet', '|', '- |'],
  ] as const)('%s', (_name, kind, before, after) => {
    expect(run(toggleList(kind), before)).toBe(after);
  });
});
