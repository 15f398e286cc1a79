import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { markdownLanguageSupport } from '../../../renderer/src/editor/markdown-language';
import { currentHeadingIndex, outlineHeadings } from '../../../renderer/src/outline/outline-headings';

function parsed(doc: string): EditorState {
  const state = EditorState.create({ doc, extensions: markdownLanguageSupport() });
  if (!ensureSyntaxTree(state, doc.length, 5_000)) throw new Error('The test document did not parse in time');
  // The finished parse reaches `syntaxTree(state)` with the next transaction, as in the editor.
  const updated = state.update({}).state;
  expect(syntaxTree(updated).length, 'the whole document is parsed').toBe(doc.length);
  return updated;
}

const post = [
  '---',
  'title: Day one',
  '# not a heading: YAML comment',
  '---',
  '# Morning',
  '',
  'Coffee.',
  '',
  '```sh',
  '# a shell comment, not a heading',
  '```',
  '',
  '~~~',
  '## nor this',
  '~~~',
  '',
  '    # nor an indented code line',
  '',
  'Keynote ##',
  '---------',
  '',
  '> ### Quoted heading ###',
  '',
  '- #### In a list',
  '',
  '#hashtag is not a heading',
].join('\n');

describe('outlineHeadings', () => {
  it('lists ATX and setext headings, in quotes and lists too, with their level and text', () => {
    const state = parsed(post);
    expect(outlineHeadings(state).map(({ level, text }) => ({ level, text }))).toEqual([
      { level: 1, text: 'Morning' },
      { level: 2, text: 'Keynote ##' },
      { level: 3, text: 'Quoted heading' },
      { level: 4, text: 'In a list' },
    ]);
  });

  it('skips # lines in fenced and indented code and in front matter', () => {
    const texts = outlineHeadings(parsed(post)).map((heading) => heading.text);
    expect(texts.some((text) => /comment|nor/.test(text))).toBe(false);
  });

  it("points at each heading's position in the text", () => {
    const state = parsed(post);
    for (const heading of outlineHeadings(state)) {
      expect(state.doc.lineAt(heading.from).text).toContain(heading.text.replace(/ ##$/, ''));
    }
  });

  it('finds an empty outline in a post without headings', () => {
    expect(outlineHeadings(parsed('Just a paragraph.\n\n```\n# code\n```\n'))).toEqual([]);
  });
});

describe('currentHeadingIndex', () => {
  const headings = [
    { level: 1, text: 'A', from: 10 },
    { level: 2, text: 'B', from: 50 },
  ];

  it('is the last heading at or before the cursor, or -1 before the first', () => {
    expect(currentHeadingIndex(headings, 0)).toBe(-1);
    expect(currentHeadingIndex(headings, 10)).toBe(0);
    expect(currentHeadingIndex(headings, 49)).toBe(0);
    expect(currentHeadingIndex(headings, 50)).toBe(1);
    expect(currentHeadingIndex(headings, 999)).toBe(1);
  });
});
