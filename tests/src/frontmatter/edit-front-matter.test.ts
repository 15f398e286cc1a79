import { describe, expect, it } from 'vitest';
import { removeFrontMatterField, setFrontMatterField } from '../../../src/frontmatter/edit-front-matter';
import type { FieldValue } from '../../../src/frontmatter/field-value';

function edited(text: string, key: string, value: FieldValue | null): string {
  const edit = value === null ? removeFrontMatterField(text, key) : setFrontMatterField(text, key, value);
  if (!edit.ok) throw new Error(edit.message);
  const { change } = edit;
  return change === null ? text : text.slice(0, change.from) + change.insert + text.slice(change.to);
}

function refusal(text: string, key: string, value: FieldValue): string {
  const edit = setFrontMatterField(text, key, value);
  if (edit.ok) throw new Error('the edit was expected to be refused');
  return edit.message;
}

const post = (lines: string[], eol = '\n') => `---${eol}${lines.join(eol)}${eol}---${eol}Body${eol}`;
const text = (value: string): FieldValue => ({ kind: 'string', value });
const list = (...items: string[]): FieldValue => ({ kind: 'list', items });

describe('setFrontMatterField', () => {
  it('replaces only the value, keeping its quotes, a trailing comment and odd spacing', () => {
    const before = post(['title:   "Day 1"   # shown on the home page', "layout: 'post'"]);
    expect(edited(before, 'title', text('Day 2'))).toBe(
      post(['title:   "Day 2"   # shown on the home page', "layout: 'post'"]),
    );
  });

  it('quotes a value only when it must, in the quote the file already uses', () => {
    const before = post(["layout: 'post'", 'title: Day 1']);
    expect(edited(before, 'title', text('Day 2: the keynote'))).toBe(
      post(["layout: 'post'", "title: 'Day 2: the keynote'"]),
    );
    expect(edited(before, 'title', text('Day 2'))).toBe(post(["layout: 'post'", 'title: Day 2']));
  });

  it('quotes words YAML 1.1 (Jekyll) would read as something else', () => {
    for (const word of ['yes', 'No', 'on', '2022-11-28', '12', '~', '1_000']) {
      expect(edited(post(['title: Day 1']), 'title', text(word))).not.toBe(post([`title: ${word}`]));
    }
  });

  it('keeps a flow list flow, with its padding, and a block list at its indentation', () => {
    expect(edited(post(['tags: [ aws, cloud ]']), 'tags', list('aws', 'keynote'))).toBe(
      post(['tags: [ aws, keynote ]']),
    );
    const block = post(['tags:', '    - "aws"', '    - cloud', 'title: x']);
    expect(edited(block, 'tags', list('aws', 'cloud', 'day 1'))).toBe(
      post(['tags:', '    - "aws"', '    - cloud', '    - day 1', 'title: x']),
    );
  });

  it('keeps Jekyll’s space-separated tags a string', () => {
    expect(edited(post(['tags: aws cloud']), 'tags', list('aws', 'cloud', 'lisbon'))).toBe(
      post(['tags: aws cloud lisbon']),
    );
  });

  it('writes a date as a plain timestamp, never a quoted string', () => {
    const before = post(['date: 2022-11-28 09:30:00 -0800']);
    expect(edited(before, 'date', { kind: 'date', text: '2022-11-29 10:00:00 -0800' })).toBe(
      post(['date: 2022-11-29 10:00:00 -0800']),
    );
  });

  it('keeps CRLF line breaks in a rewritten block list', () => {
    const before = post(['tags:', '  - a', 'title: x'], '\r\n');
    expect(edited(before, 'tags', list('a', 'b'))).toBe(post(['tags:', '  - a', '  - b', 'title: x'], '\r\n'));
  });

  it('keeps a literal block a literal block at its indentation', () => {
    const before = post(['excerpt: |', '    First line', '    Second line', 'title: x']);
    expect(edited(before, 'excerpt', text('First line\nNew second\n'))).toBe(
      post(['excerpt: |', '    First line', '    New second', 'title: x']),
    );
  });

  it('fills a key written with no value', () => {
    expect(edited(post(['image:', 'title: x']), 'image', text('/assets/a.png'))).toBe(
      post(['image: /assets/a.png', 'title: x']),
    );
  });

  it('turns a scalar into a list and back in the file’s list style', () => {
    const before = post(['tags: aws', 'categories:', '  - travel']);
    expect(edited(before, 'tags', list('aws', 'day 1'))).toBe(
      post(['tags:', '  - aws', '  - day 1', 'categories:', '  - travel']),
    );
    expect(edited(post(['tags:', '  - aws', 'x: 1']), 'tags', text('none'))).toBe(post(['tags: none', 'x: 1']));
  });

  it('appends a new key at the end of the block, and creates a block when there is none', () => {
    expect(edited(post(['title: x', '# trailing comment']), 'comments', { kind: 'boolean', value: true })).toBe(
      post(['title: x', '# trailing comment', 'comments: true']),
    );
    expect(edited('Just a body\n', 'title', text('Hello'))).toBe('---\ntitle: Hello\n---\nJust a body\n');
    expect(edited('\uFEFFBody\r\n', 'title', text('Hi'))).toBe('\uFEFF---\r\ntitle: Hi\r\n---\r\nBody\r\n');
  });

  it('adds to an empty block and to a file that is only front matter', () => {
    expect(edited('---\n---\nBody', 'title', text('T'))).toBe('---\ntitle: T\n---\nBody');
    expect(edited('---\ntitle: a\n---', 'draft', { kind: 'boolean', value: true })).toBe(
      '---\ntitle: a\ndraft: true\n---',
    );
  });

  it('writes raw YAML for a nested value, indented like the file', () => {
    const before = post(['author:', '  name: Ana', 'title: x']);
    expect(edited(before, 'author', { kind: 'yaml', source: 'name: Ana\ntwitter: ana' })).toBe(
      post(['author:', '  name: Ana', '  twitter: ana', 'title: x']),
    );
    expect(refusal(before, 'author', { kind: 'yaml', source: 'name: [' })).toMatch(/isn’t valid YAML/);
  });

  it('returns no change when the value is already there', () => {
    expect(setFrontMatterField(post(['tags: [a, b]']), 'tags', list('a', 'b'))).toEqual({ ok: true, change: null });
  });

  it('refuses an edit that would change a value referenced by an alias', () => {
    expect(refusal(post(['base: &b x', 'copy: *b']), 'base', text('y'))).toMatch(/referenced elsewhere/);
  });

  it('refuses to edit broken, TOML and JSON front matter, naming why', () => {
    expect(refusal(post(['title: [unclosed']), 'title', text('x'))).toMatch(/line \d\): Flow sequence/);
    expect(refusal(post(['title: a', 'title: b']), 'title', text('x'))).toMatch(/twice|duplicate/i);
    expect(refusal('+++\ntitle = "a"\n+++\n', 'title', text('x'))).toMatch(/TOML/);
    expect(refusal('{\n"title": "a"\n}\n', 'title', text('x'))).toMatch(/JSON/);
    expect(refusal('---\ntitle: a\n', 'title', text('x'))).toMatch(/no closing/);
  });
});

describe('removeFrontMatterField', () => {
  it('removes the key’s lines, its block list included, and keeps the comment above it', () => {
    const before = post(['title: x', '# tags below', 'tags:', '  - a', '  - b', 'draft: true']);
    expect(edited(before, 'tags', null)).toBe(post(['title: x', '# tags below', 'draft: true']));
  });

  it('does nothing for a key that is not there', () => {
    expect(removeFrontMatterField(post(['title: x']), 'tags')).toEqual({ ok: true, change: null });
  });
});
