import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/frontmatter/split-front-matter';

describe('splitFrontMatter with YAML and TOML', () => {
  it('gives the text between the fences and where the body starts', () => {
    const text = '---\ntitle: A\n---\nBody\n';
    expect(splitFrontMatter(text)).toEqual({
      format: 'yaml',
      raw: 'title: A\n',
      rawStart: 4,
      bodyStart: text.indexOf('Body'),
      unclosed: false,
    });
    const toml = '+++\ntitle = "A"\n+++\nBody\n';
    expect(splitFrontMatter(toml)).toMatchObject({ format: 'toml', raw: 'title = "A"\n', rawStart: 4 });
  });

  it('accepts a BOM, CRLF, trailing spaces after fences and ... as the YAML end', () => {
    const text = '\uFEFF---  \r\ntitle: A\r\n...\t\r\nBody\r\n';
    const split = splitFrontMatter(text);
    expect(split).toMatchObject({ format: 'yaml', raw: 'title: A\r\n', rawStart: 8, unclosed: false });
    expect(text.slice(split.bodyStart)).toBe('Body\r\n');
    expect(splitFrontMatter('+++\ntitle = 1\n...\n').unclosed).toBe(true);
  });

  it('handles an empty block and a file that is only front matter', () => {
    expect(splitFrontMatter('---\n---\nBody')).toMatchObject({ format: 'yaml', raw: '', bodyStart: 8 });
    const text = '---\ntitle: A\n---';
    expect(splitFrontMatter(text)).toMatchObject({ raw: 'title: A\n', bodyStart: text.length, unclosed: false });
  });

  it('marks an unclosed block and treats the whole file as the body', () => {
    expect(splitFrontMatter('---\ntitle: A\n\n# Heading\n')).toEqual({
      format: 'yaml',
      raw: '',
      rawStart: 0,
      bodyStart: 0,
      unclosed: true,
    });
    expect(splitFrontMatter('---')).toMatchObject({ format: 'yaml', unclosed: true });
  });

  it('finds no front matter unless the very first line is a fence', () => {
    for (const text of ['\n---\na: 1\n---\n', ' ---\na: 1\n---\n', '----\n', '# Title\n', '']) {
      expect(splitFrontMatter(text)).toMatchObject({ format: null, raw: '', bodyStart: 0, unclosed: false });
    }
  });
});

describe('splitFrontMatter with JSON', () => {
  it('takes the object up to the first line that is only }, braces included', () => {
    const object = '{\n  "title": "A",\n  "params": {\n    "x": 1\n  }\n}';
    const text = `${object}\nBody\n`;
    expect(splitFrontMatter(text)).toEqual({
      format: 'json',
      raw: object,
      rawStart: 0,
      bodyStart: object.length + 1,
      unclosed: false,
    });
  });

  it('starts the object after a BOM and allows CRLF and trailing spaces on its brace lines', () => {
    const text = '\uFEFF{ \r\n  "title": "A"\r\n}  \r\nBody\r\n';
    const split = splitFrontMatter(text);
    expect(split).toMatchObject({ format: 'json', raw: '{ \r\n  "title": "A"\r\n}', rawStart: 1 });
    expect(text.slice(split.bodyStart)).toBe('Body\r\n');
  });

  it('ends a file that is only JSON front matter without a line break', () => {
    const text = '{\n  "title": "A"\n}';
    expect(splitFrontMatter(text)).toMatchObject({ format: 'json', raw: text, bodyStart: text.length });
  });

  it('marks an object without a closing brace line as unclosed, and ignores an inline object', () => {
    expect(splitFrontMatter('{\n  "title": "A" }\nBody\n')).toMatchObject({ format: 'json', unclosed: true });
    expect(splitFrontMatter('{ "title": "A" }\nBody\n').format).toBeNull();
  });
});
