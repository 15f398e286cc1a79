import { describe, expect, it } from 'vitest';
import { readFrontMatterSummary } from '../../../src/frontmatter/read-summary';

const post = (frontMatter: string, body = 'Body text.\n') => `---\n${frontMatter}\n---\n${body}`;

describe('readFrontMatterSummary with YAML', () => {
  it('reads title, date, tags and draft state', () => {
    const text = post(
      'layout: post\ntitle: "Day 1: Keynotes"\ndate: 2026-06-16 19:40:00 +0100\ntags: [lisbon, keynote]',
    );
    expect(readFrontMatterSummary(text, '_posts/2026-06-16-day-1.md')).toEqual({
      title: 'Day 1: Keynotes',
      date: '2026-06-16 19:40:00 +0100',
      tags: ['lisbon', 'keynote'],
      draft: false,
      event: null,
      error: null,
      fields: [
        { key: 'layout', kind: 'string', values: ['post'] },
        { key: 'title', kind: 'string', values: ['Day 1: Keynotes'] },
        { key: 'date', kind: 'datetime', values: ['2026-06-16 19:40:00 +0100'] },
        { key: 'tags', kind: 'list', values: ['lisbon', 'keynote'] },
      ],
    });
  });

  it('keeps a timestamp as written instead of turning it into a Date', () => {
    // An explicit tag makes the yaml package build a Date; the list shows the writer's text.
    const summary = readFrontMatterSummary(post('title: T\ndate: !!timestamp 2026-06-16 19:40:00 +01:00'), 'a.md');
    expect(summary.date).toBe('2026-06-16 19:40:00 +01:00');
    expect(readFrontMatterSummary(post('date: "2026-06-16"'), 'a.md').date).toBe('2026-06-16');
  });

  it('accepts tags as a block list or as one space-separated string', () => {
    expect(readFrontMatterSummary(post('tags:\n  - one\n  - two'), 'a.md').tags).toEqual(['one', 'two']);
    expect(readFrontMatterSummary(post('tags: one  two three'), 'a.md').tags).toEqual(['one', 'two', 'three']);
    expect(readFrontMatterSummary(post('tags: [2026, " spaced "]'), 'a.md').tags).toEqual(['2026', 'spaced']);
    expect(readFrontMatterSummary(post('categories: [news]\ntags:'), 'a.md').tags).toEqual([]);
  });

  it('calls a post a draft for draft: true or published: false only', () => {
    expect(readFrontMatterSummary(post('draft: true'), 'a.md').draft).toBe(true);
    expect(readFrontMatterSummary(post('published: false'), 'a.md').draft).toBe(true);
    expect(readFrontMatterSummary(post('published: true\ndraft: false'), 'a.md').draft).toBe(false);
    expect(readFrontMatterSummary(post('draft: "no"'), 'a.md').draft).toBe(false);
  });

  it('falls back to the first # heading, skipping code fences, then to the file name', () => {
    const fenced = post('tags: [x]', '```md\n# Not this\n```\n\n# The real title ##\n\nText\n');
    expect(readFrontMatterSummary(fenced, 'a.md').title).toBe('The real title');
    expect(readFrontMatterSummary(post('title: "  "'), '_posts/2026-06-16-day-one.markdown').title).toBe('day-one');
    expect(readFrontMatterSummary('Just text, ## no heading\n', 'notes/ideas.md').title).toBe('ideas');
  });

  it('takes the date from Astro’s pubDate or Hugo’s publishDate when there is no date', () => {
    const astro = post('title: T\npubDate: 2026-06-18\nupdatedDate: 2026-07-01');
    expect(readFrontMatterSummary(astro, 'src/content/blog/2026-06-17-day-2.md').date).toBe('2026-06-18');
    const hugo = post('title: T\npublishDate: 2026-06-19T09:00:00Z\nlastmod: 2026-07-01');
    expect(readFrontMatterSummary(hugo, 'content/posts/day-2.md').date).toBe('2026-06-19T09:00:00Z');
    const both = post('date: 2026-06-16\npubDate: 2026-06-18');
    expect(readFrontMatterSummary(both, 'a.md').date).toBe('2026-06-16');
  });

  it('takes the date from the file name when the front matter has none', () => {
    expect(readFrontMatterSummary(post('title: T'), '_posts/2026-06-17-day-2.md').date).toBe('2026-06-17');
    expect(readFrontMatterSummary(post('title: T'), 'posts/day-2.md').date).toBeNull();
  });

  it('reports the first YAML error with its line in the file, and still reads what it can', () => {
    const text = '---\ntitle: Broken but named\ntags: [a, b\nlayout: post\n---\nBody\n';
    const summary = readFrontMatterSummary(text, '_posts/2026-01-01-x.md');
    expect(summary.error).not.toBeNull();
    expect(summary.error?.message).toMatch(/\S/);
    expect(summary.error?.line).toBeGreaterThanOrEqual(3);
    expect(summary.error?.line).toBeLessThanOrEqual(5);
    expect(summary.title).toBe('Broken but named');
  });

  it('counts error lines from the top of the file, CRLF and BOM included', () => {
    const text = '\uFEFF---\r\ntitle: ok\r\nbad: [\r\n---\r\nBody\r\n';
    const summary = readFrontMatterSummary(text, 'a.md');
    expect(summary.error?.line).toBeGreaterThanOrEqual(3);
    expect(summary.title).toBe('ok');
  });

  it('reports front matter that is not a map, and an unclosed block', () => {
    expect(readFrontMatterSummary('---\n- a\n- b\n---\n', 'a.md').error).toEqual({
      message: 'The front matter should be a list of "key: value" lines.',
      line: 2,
    });
    const unclosed = readFrontMatterSummary('---\ntitle: x\n\n# Heading\n', '2026-02-02-a.md');
    expect(unclosed.error).toEqual({
      message: 'The front matter starting on line 1 has no closing --- line.',
      line: 1,
    });
    expect(unclosed.title).toBe('Heading');
  });

  it('reads the event a day post names, trimmed, and none when it names none', () => {
    expect(readFrontMatterSummary(post('title: T\nevent: " devconf-2026 "'), 'a.md').event).toBe('devconf-2026');
    expect(readFrontMatterSummary(post('title: T\nevent: ""'), 'a.md').event).toBeNull();
    expect(readFrontMatterSummary(post('title: T\nevent: [a, b]'), 'a.md').event).toBeNull();
    expect(readFrontMatterSummary('+++\nEvent = "devconf-2026"\n+++\n', 'x.md').event).toBe('devconf-2026');
  });

  it('treats a file without front matter as body only', () => {
    expect(readFrontMatterSummary('# Hello\n\nWorld\n', 'a.md')).toEqual({
      title: 'Hello',
      date: null,
      tags: [],
      draft: false,
      event: null,
      error: null,
      fields: [],
    });
  });

  it('observes no fields when the front matter has a problem', () => {
    const summary = readFrontMatterSummary(post('title: A\ntitle: B'), 'a.md');
    expect(summary.error?.line).toBe(3);
    expect(summary.fields).toEqual([]);
  });
});

describe('readFrontMatterSummary with TOML', () => {
  it('reads strings, lists, booleans and bare dates from +++ front matter', () => {
    const text = [
      '+++',
      'title = "Hugo \\"post\\""',
      'date = 2026-06-16T19:40:00+01:00 # local time',
      'tags = [\'a\', "b"]',
      'draft = true',
      '[params]',
      'title = "not this"',
      '+++',
      'Body',
    ].join('\n');
    expect(readFrontMatterSummary(text, 'content/posts/x.md')).toEqual({
      title: 'Hugo "post"',
      date: '2026-06-16T19:40:00+01:00',
      tags: ['a', 'b'],
      draft: true,
      event: null,
      error: null,
      fields: [
        { key: 'title', kind: 'string', values: ['Hugo "post"'] },
        { key: 'date', kind: 'datetime', values: ['2026-06-16T19:40:00+01:00'] },
        { key: 'tags', kind: 'list', values: ['a', 'b'] },
        { key: 'draft', kind: 'boolean', values: [] },
        { key: 'params', kind: 'object', values: [] },
      ],
    });
  });

  it('reads keys in any case, as Hugo does', () => {
    const summary = readFrontMatterSummary('+++\nTitle = "Upper"\nDraft = true\n+++\n', 'x.md');
    expect(summary).toMatchObject({ title: 'Upper', draft: true });
    const published = readFrontMatterSummary('+++\npublishdate = 2026-06-19\n+++\n', 'x.md');
    expect(published.date).toBe('2026-06-19');
  });

  it('reports a TOML error with its line in the file, keeping the file-name fallbacks', () => {
    const summary = readFrontMatterSummary('+++\ntitle = "ok"\ntags = [a]\n+++\n# Heading\n', '2026-03-04-x.md');
    expect(summary.error?.line).toBe(3);
    expect(summary).toMatchObject({ title: 'Heading', date: '2026-03-04', tags: [], fields: [] });
  });
});

describe('readFrontMatterSummary with JSON', () => {
  it('reads Hugo JSON front matter and keeps it out of the heading search', () => {
    const text = '{\n  "title": "From JSON",\n  "date": "2026-06-16",\n  "tags": ["x"]\n}\n# Body heading\n';
    expect(readFrontMatterSummary(text, 'content/posts/y.md')).toMatchObject({
      title: 'From JSON',
      date: '2026-06-16',
      tags: ['x'],
      error: null,
    });
  });

  it('names an unclosed JSON block by its closing brace', () => {
    expect(readFrontMatterSummary('{\n  "title": "x"\n', 'a.md').error).toEqual({
      message: 'The front matter starting on line 1 has no closing } line.',
      line: 1,
    });
  });
});
