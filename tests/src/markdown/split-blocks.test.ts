import { describe, expect, it } from 'vitest';
import { renderBlock } from '../../../src/markdown/render-markdown';
import { BlockSplitter, splitBlocks } from '../../../src/markdown/split-blocks';
import { generatePost, seededRandom } from './generate-post';

/** Rendering block by block must give exactly the whole document's HTML. */
function expectEquivalent(body: string): void {
  const pieces = splitBlocks(body, 0)
    .map((block) => renderBlock(block.text))
    .join('');
  expect(pieces).toBe(renderBlock(body));
}

const texts = (body: string) => splitBlocks(body, 0).map((block) => block.text);

describe('splitBlocks: boundaries', () => {
  it('splits at blank lines and records 0-based document lines', () => {
    const blocks = splitBlocks('# Title\n\nFirst para\nstill first\n\n\nSecond\n', 4);
    expect(blocks.map((b) => [b.text, b.startLine])).toEqual([
      ['# Title\n', 4],
      ['First para\nstill first\n', 6],
      ['Second\n', 10],
    ]);
  });

  it('keeps a fence with blank lines whole, whatever its marker and info string', () => {
    expect(texts('Before\n\n```js title="x"\na\n\n\nb\n```\n\nAfter')).toEqual([
      'Before\n',
      '```js title="x"\na\n\n\nb\n```\n',
      'After',
    ]);
    expect(texts('~~~~\n```\n\n~~~\nstill code\n~~~~\n\nout')).toEqual(['~~~~\n```\n\n~~~\nstill code\n~~~~\n', 'out']);
  });

  it('runs an unclosed fence to the end, trailing blank lines included', () => {
    const body = 'Intro\n\n```\ncode\n\nmore\n\n';
    expect(texts(body)).toEqual(['Intro\n', '```\ncode\n\nmore\n\n']);
    expectEquivalent(body);
  });

  it('keeps a loose list and indented continuations together', () => {
    expect(texts('- one\n\n- two\n\n  more of two\n\n      code in two\n\nAfter')).toEqual([
      '- one\n\n- two\n\n  more of two\n\n      code in two\n',
      'After',
    ]);
  });

  it('keeps blockquotes (nested too) and tables whole', () => {
    expect(texts('> a\n> > nested\n>\n> b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n')).toEqual([
      '> a\n> > nested\n>\n> b\n',
      '| x | y |\n|---|---|\n| 1 | 2 |\n',
    ]);
  });

  it('keeps HTML blocks that may contain blank lines whole', () => {
    expect(texts('<!--\n\nnote\n\n-->\n\n<pre>\n\nx\n\n</pre>\n\n<div>\n\n*md*\n\n</div>')).toEqual([
      '<!--\n\nnote\n\n-->\n',
      '<pre>\n\nx\n\n</pre>\n',
      '<div>\n',
      '*md*\n',
      '</div>',
    ]);
  });

  it('keeps indented code with blank lines whole', () => {
    expect(texts('Para\n\n    one\n\n    two\n\nPara')).toEqual(['Para\n', '    one\n\n    two\n', 'Para']);
  });

  it('gives equal blocks distinct keys', () => {
    const keys = splitBlocks('---\n\nA\n\n---\n\nB\n\n---\n\nA\n', 0).map((block) => block.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('splitBlocks: rendering equivalence', () => {
  it.each([
    ['fence containing blank lines', '# T\n\n```python\nx = 1\n\n\ny = 2\n```\n\ntext\n'],
    ['unclosed fence', 'text\n\n~~~\nnever closed\n\n- not a list\n'],
    ['list with blank lines', '1. one\n\n2. two\n\n   para in two\n\n3. three\n\nafter\n'],
    ['nested blockquote', '> outer\n>\n> > inner\n> > more\n\n> again\n'],
    ['HTML block', '<figure>\n<img src="/a.jpg">\n\n<figcaption>Cap</figcaption>\n</figure>\n\n<!-- c\n\n-->\n'],
    ['fence in a list item', '- item\n  ```\n  code\n\n  more\n  ```\n\n- next\n'],
    ['fence closed by the list ending', '- a\n  ```\n  c\n\npara\n\n```\nx\n\ny\n```\n'],
    ['empty list item then text', '-\n\n  foo\n'],
    [
      'reference links across blocks',
      'Use [the site][home] and [Home].\n\nMore [home] text.\n\n[home]: https://example.com "Home"\n',
    ],
    ['setext heading and rule', 'Title\n=====\n\n***\n\nSub\n---\n'],
    ['CRLF line endings', 'a\r\n\r\n- b\r\n\r\n- c\r\n\r\nd\r\n'],
    ['tabs', '-\tone\n\n\tcode\n\n\t- nested\n'],
    ['lazy blockquote line', '> quote\nlazy\n2. list\n\nafter\n'],
    ['setext-like lazy line in a quote', '> q\nSetext\n===\npara\n2. x\n\n10. y\n'],
  ])('%s', (_name, body) => {
    expectEquivalent(body);
  });

  it('matches on generated documents', () => {
    for (let seed = 1; seed <= 30; seed++) expectEquivalent(generatePost(6000, seed));
  });

  it('matches on random mixes of tricky snippets', () => {
    const snippets = [
      '# H',
      'p1\np2',
      '- a\n- b',
      '- a\n\n- b',
      '- a\n\n  cont',
      '    code\n\n    more',
      '```js\nx\n\ny\n```',
      '```\nunclosed',
      '> q\n>\n> > n',
      '<div>\n\n*md*\n\n</div>',
      '<!--\n\nc\n\n-->',
      '| a |\n|---|\n| 1 |',
      '[r]: /u',
      'see [r]',
      '***',
      '- [ ] t',
      '<img src="/b.png">',
      'text\n<img src="/b.png">',
      '* a\n\n  ```\n  x\n\n  ```',
      '- a\n  ```\n  c\n\npara',
      '-\n\n  foo',
      'S\n===',
      '> ```\n> code',
      'p\n2. x',
      '2. two',
      '  ~~~\n  t\n\n~~~',
    ];
    const random = seededRandom(42);
    for (let n = 0; n < 400; n++) {
      const parts: string[] = [];
      for (let k = 0; k < 6; k++) {
        parts.push(snippets[Math.floor(random() * snippets.length)] ?? '');
        parts.push(['\n\n', '\n', '\n\n\n', '\n  \n'][Math.floor(random() * 4)] ?? '\n');
      }
      expectEquivalent(parts.join(''));
    }
  });
});

describe('splitBlocks: stable keys', () => {
  it('changes only the edited block’s key', () => {
    const body = generatePost(20_000, 9);
    const before = splitBlocks(body, 0);
    const target = before[Math.floor(before.length / 2)];
    expect(target).toBeDefined();
    const at = body.indexOf(target?.text ?? '') + 3;
    const after = splitBlocks(`${body.slice(0, at)}EDIT${body.slice(at)}`, 0);
    expect(after).toHaveLength(before.length);
    const changed = after.filter((block, n) => block.key !== before[n]?.key);
    expect(changed).toHaveLength(1);
    expect(changed[0]?.text).toContain('EDIT');
  });

  it('keeps keys of all other blocks when a block is inserted', () => {
    const body = 'A\n\nB\n\nC\n';
    const before = splitBlocks(body, 0).map((block) => block.key);
    const after = splitBlocks('A\n\nNEW\n\nB\n\nC\n', 0).map((block) => block.key);
    expect(after.filter((key) => !before.includes(key))).toHaveLength(1);
  });
});

describe('splitBlocks: hostile input', () => {
  it('stays linear on long lines and deep nesting', () => {
    const inputs = [
      `${'<a b="c" '.repeat(50_000)}\n`,
      `${'1. '.repeat(100_000)}x\n`,
      `${'> '.repeat(100_000)}x\n`,
      `${'[x'.repeat(100_000)}]\n\n[x]: /u\n`,
      `${'```\n\n'.repeat(50_000)}`,
      `${'- a\n  '.repeat(50_000)}`,
    ];
    for (const input of inputs) {
      const start = performance.now();
      splitBlocks(input, 0);
      expect(performance.now() - start, input.slice(0, 20)).toBeLessThan(3000);
    }
  });
});

describe('BlockSplitter (incremental)', () => {
  it('gives exactly what splitBlocks gives, edit after edit', () => {
    const random = seededRandom(7);
    const inserts = [
      'x',
      '\n',
      '\n\n',
      '```\n',
      '- ',
      '> ',
      '    ',
      '[ref0]: /new\n',
      '<div>',
      '<!--',
      '-->',
      '1. ',
      '# ',
      ' ',
    ];
    for (let doc = 0; doc < 12; doc++) {
      let text = generatePost(3000 + Math.floor(random() * 4000), doc + 100);
      const splitter = new BlockSplitter();
      splitter.split(text, 2);
      for (let step = 0; step < 60; step++) {
        const at = Math.floor(random() * (text.length + 1));
        text =
          random() < 0.6
            ? text.slice(0, at) + (inserts[Math.floor(random() * inserts.length)] ?? '') + text.slice(at)
            : text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 20)));
        expect(splitter.split(text, 2)).toEqual(splitBlocks(text, 2));
      }
    }
  });

  it('splits an edit in a 1 MB document much faster than a full scan', () => {
    let text = generatePost(1_000_000, 3);
    const splitter = new BlockSplitter();
    const full = performance.now();
    splitter.split(text, 0);
    const fullMs = performance.now() - full;
    const times: number[] = [];
    for (let n = 0; n < 9; n++) {
      const at = text.indexOf('\n', Math.floor(text.length * (0.2 + n * 0.07)));
      text = `${text.slice(0, at)} word${text.slice(at)}`;
      const start = performance.now();
      splitter.split(text, 0);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    // Noisy shared machines: only a loose bound, and relative to the full scan.
    expect(times[4]).toBeLessThan(Math.max(fullMs, 30));
  });
});
