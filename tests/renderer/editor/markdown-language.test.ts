import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { markdownLanguageSupport } from '../../../renderer/src/editor/markdown-language';

function nodeNames(doc: string): string[] {
  const state = EditorState.create({ doc, extensions: markdownLanguageSupport() });
  const tree = ensureSyntaxTree(state, state.doc.length, 5_000);
  const names: string[] = [];
  tree?.iterate({ enter: (node) => void names.push(node.name) });
  return names;
}

describe('markdownLanguageSupport', () => {
  it('parses front matter as YAML and the rest as Markdown', () => {
    const names = nodeNames('---\ntitle: Day one\ntags: [aws]\n---\n\n# Keynote\n\nSome **bold** text.\n');
    expect(names).toContain('Frontmatter');
    expect(names).toContain('Pair');
    expect(names).toContain('ATXHeading1');
    expect(names).toContain('StrongEmphasis');
  });

  it('parses a post without front matter as Markdown', () => {
    const names = nodeNames('Just a paragraph with a [link](https://x.org).');
    expect(names).not.toContain('Frontmatter');
    expect(names).toContain('Link');
  });
});
