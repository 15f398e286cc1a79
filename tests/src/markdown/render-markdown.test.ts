import { describe, expect, it } from 'vitest';
import { highlightCode, highlightLanguages } from '../../../src/markdown/code-languages';
import { renderBlock, renderMarkdown } from '../../../src/markdown/render-markdown';

describe('renderMarkdown: GitHub-flavoured features', () => {
  it('renders tables with alignment', () => {
    const html = renderMarkdown('| Time | Talk |\n|:-----|-----:|\n| 09:00 | Keynote |\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<th style="text-align:left">Time</th>');
    expect(html).toContain('<td style="text-align:right">Keynote</td>');
  });

  it('renders strikethrough', () => {
    expect(renderMarkdown('~~cancelled~~ moved')).toBe('<p><s>cancelled</s> moved</p>\n');
  });

  it('renders task lists as disabled checkboxes', () => {
    const html = renderMarkdown('- [ ] book hotel\n- [x] buy ticket\n- [X] pack\n- plain item\n- [link](x)\n');
    expect(html).toContain('<ul class="contains-task-list">');
    expect(html).toContain(
      '<li class="task-list-item"><input class="task-list-item-checkbox" type="checkbox" disabled=""> book hotel</li>',
    );
    expect(html).toContain('<input class="task-list-item-checkbox" type="checkbox" disabled="" checked=""> buy ticket');
    expect(html).toContain('checked=""> pack');
    expect(html).toContain('<li>plain item</li>');
    expect(html).toContain('<li><a href="x">link</a></li>');
    expect(html.match(/contains-task-list/g)).toHaveLength(1);
  });

  it('marks nested and ordered task lists, but not `[ ]` mid-text or without a space', () => {
    const html = renderMarkdown('1. [x] done\n   - [ ] nested\n\n- not [ ] a task\n- [x]no space\n');
    expect(html).toContain('<ol class="contains-task-list">');
    expect(html).toContain('<ul class="contains-task-list">');
    expect(html).toContain('<li>not [ ] a task</li>');
    expect(html).toContain('<li>[x]no space</li>');
  });

  it('autolinks URLs, www. addresses and e-mails, but not file names', () => {
    const html = renderMarkdown('See https://example.com/a?b=1, www.example.org and me@example.com, not README.md.');
    expect(html).toContain('<a href="https://example.com/a?b=1">https://example.com/a?b=1</a>,');
    expect(html).toContain('<a href="http://www.example.org">www.example.org</a>');
    expect(html).toContain('<a href="mailto:me@example.com">me@example.com</a>');
    expect(html).toContain('not README.md.');
  });

  it('keeps raw HTML (sanitising is the renderer’s job)', () => {
    const html = renderMarkdown(
      '<figure>\n<img src="/assets/a.jpg" alt="A">\n<figcaption>Hall</figcaption>\n</figure>\n\nText <kbd>Ctrl</kbd>\n',
    );
    expect(html).toContain('<figure>\n<img src="/assets/a.jpg" alt="A">\n<figcaption>Hall</figcaption>\n</figure>');
    expect(html).toContain('<p>Text <kbd>Ctrl</kbd></p>');
    expect(renderMarkdown('<script>x()</script>')).toContain('<script>x()</script>');
  });

  it('refuses javascript: link destinations in Markdown syntax', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href="javascript');
  });

  it('drops front matter and resolves Jekyll URL idioms on a Jekyll site', () => {
    const html = renderMarkdown('---\ntitle: Day 1\n---\n![Stage]({{ site.baseurl }}/assets/stage.jpg)\n', 'jekyll');
    expect(html).toBe('<p><img src="/assets/stage.jpg" alt="Stage"></p>\n');
  });

  it('leaves Liquid as written on sites whose generators do not run it', () => {
    const source = '---\ntitle: Day 1\n---\n{% raw %}{{ x }}{% endraw %} ![S]({{site.baseurl}}/s.jpg)\n';
    for (const kind of ['hugo', 'astro', 'plain', undefined] as const) {
      const html = renderMarkdown(source, kind);
      expect(html, kind).toContain('{% raw %}{{ x }}{% endraw %}');
      expect(html, kind).toContain('src="%7B%7Bsite.baseurl%7D%7D/s.jpg"');
    }
  });
});

describe('code highlighting', () => {
  it('highlights registered languages and their aliases', () => {
    const html = renderMarkdown('```ts\nconst a: number = 1;\n```\n');
    expect(html).toContain('<pre><code class="language-ts"><span class="hljs-keyword">const</span>');
    expect(renderMarkdown('```sh\necho hi\n```')).toContain('hljs-built_in');
    expect(renderMarkdown('```html\n<b>x</b>\n```')).toContain('<span class="hljs-tag">');
  });

  it('escapes unknown languages as plain text', () => {
    const html = renderMarkdown('```brainfart\n<b>&</b>\n```\n');
    expect(html).toBe('<pre><code class="language-brainfart">&lt;b&gt;&amp;&lt;/b&gt;\n</code></pre>\n');
    expect(renderMarkdown('```\n<i>\n```')).toBe('<pre><code>&lt;i&gt;\n</code></pre>\n');
  });

  it('registers the lean set of common languages', () => {
    expect(highlightLanguages().sort()).toEqual(
      [
        'bash',
        'css',
        'diff',
        'dockerfile',
        'go',
        'java',
        'javascript',
        'json',
        'markdown',
        'python',
        'ruby',
        'rust',
        'shell',
        'sql',
        'typescript',
        'xml',
        'yaml',
      ].sort(),
    );
    for (const alias of ['js', 'py', 'yml', 'rs', 'golang', 'rb', 'docker', 'patch', 'md', 'console']) {
      expect(highlightCode('x', alias), alias).not.toBeNull();
    }
    expect(highlightCode('x', 'cobol')).toBeNull();
  });

  it('renderBlock renders a fragment as is', () => {
    expect(renderBlock('---\ntitle: x\n---\n')).toBe('<hr>\n<h2>title: x</h2>\n');
  });
});
