import { bench, describe } from 'vitest';
import { splitFrontMatter } from '../src/frontmatter/split-front-matter';
import { renderBlock, renderMarkdown } from '../src/markdown/render-markdown';
import { BlockSplitter } from '../src/markdown/split-blocks';
import { generatePost } from '../tests/src/markdown/generate-post';

/**
 * Keystroke to preview HTML, without the DOM: Lanyard's incremental path (re-split, render only
 * the blocks whose key is new) against the peer, one whole-document render with the same
 * Markdown library. Sanitising and DOM patching are measured in the browser (issue 8).
 */
function incrementalTyping(document: string) {
  const body = document.slice(splitFrontMatter(document).bodyStart);
  const splitter = new BlockSplitter();
  const rendered = new Map<string, string>();
  for (const block of splitter.split(body, 0)) rendered.set(block.key, renderBlock(block.text));
  const middle = body.indexOf('\n\n', Math.floor(body.length / 2));
  let typed = 0;
  return () => {
    typed += 1;
    const edited = `${body.slice(0, middle)} word${typed}${body.slice(middle)}`;
    for (const block of splitter.split(edited, 0)) {
      if (!rendered.has(block.key)) rendered.set(block.key, renderBlock(block.text));
    }
  };
}

for (const [label, size] of [
  ['1,500-word post', 10_000],
  ['20,000-word post', 140_000],
  ['1 MB document', 1_000_000],
] as const) {
  describe(`keystroke to preview HTML, ${label}`, () => {
    const document = generatePost(size, 7);
    bench('peer: markdown-it renders the whole document', () => {
      renderMarkdown(document);
    });
    bench('lanyard: incremental split + render changed blocks', incrementalTyping(document));
  });
}
