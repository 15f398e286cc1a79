import { describe, expect, it } from 'vitest';
import {
  insertSeriesLinks,
  refreshSeriesLinks,
  relativePostLink,
  seriesBlock,
  seriesNeighbours,
  trailingSeriesBlockStart,
  type SeriesEntry,
} from '../../../src/events/series-links';

const entry = (
  n: number,
  url: string | null = null,
  id = `_posts/2026-01-0${5 + n}-devconf-day-${n}.md`,
): SeriesEntry => ({
  id,
  n,
  title: `DevConf Day ${n}`,
  url,
});
const day1 = entry(1, 'https://blog.example.com/2026/01/06/devconf-day-1/');
const day2 = entry(2);
const day3 = entry(3, 'https://blog.example.com/2026/01/08/devconf-day-3/');
const post = '---\ntitle: "DevConf Day 2"\n---\n\nThe keynote.\n';

describe('seriesNeighbours', () => {
  it('finds the nearest days either side, skipping missing days', () => {
    const day5 = entry(5);
    expect(seriesNeighbours([day5, day1, day3], day3.id)).toEqual({ previous: day1, next: day5 });
    expect(seriesNeighbours([day1, day3], day1.id)).toEqual({ previous: null, next: day3 });
    expect(seriesNeighbours([day3, day2, day1], day3.id)).toEqual({ previous: day2, next: null });
    expect(seriesNeighbours([day1], 'other.md')).toEqual({ previous: null, next: null });
  });

  it('takes the first by id of a day with several posts', () => {
    const a = entry(1, null, 'posts/a.md');
    const b = entry(1, null, 'posts/b.md');
    const c = entry(3, null, 'posts/c.md');
    const d = entry(3, null, 'posts/d.md');
    expect(seriesNeighbours([b, a, day2, d, c], day2.id)).toEqual({ previous: a, next: c });
  });
});

describe('relativePostLink', () => {
  it('links between files of one folder, bundles and folders apart', () => {
    expect(relativePostLink('_posts/b.md', '_posts/a.md')).toBe('a.md');
    expect(relativePostLink('content/posts/day-2/index.md', 'content/posts/day-1/index.md')).toBe('../day-1/index.md');
    expect(relativePostLink('day-2.md', 'posts/day-1.md')).toBe('posts/day-1.md');
    expect(relativePostLink('blog/2026/day-2.md', 'notes/day-1.md')).toBe('../../notes/day-1.md');
  });
});

describe('seriesBlock', () => {
  it('links the public URL when known, else the file, and escapes what Markdown would misread', () => {
    expect(seriesBlock(day2.id, { previous: day1, next: { ...day3, url: null, title: 'Day [3]' } })).toBe(
      '<!-- lanyard:series -->\n\n← [DevConf Day 1](https://blog.example.com/2026/01/06/devconf-day-1/) · [Day \\[3\\]](2026-01-08-devconf-day-3.md) →\n\n<!-- /lanyard:series -->',
    );
    expect(seriesBlock('posts/a.md', { previous: entry(1, null, 'posts/my day (1).md'), next: null })).toBe(
      '<!-- lanyard:series -->\n\n← [DevConf Day 1](<my day (1).md>)\n\n<!-- /lanyard:series -->',
    );
  });

  it('is only the markers while the post has no neighbour yet', () => {
    expect(seriesBlock(day1.id, { previous: null, next: null })).toBe(
      '<!-- lanyard:series -->\n<!-- /lanyard:series -->',
    );
  });
});

describe('insertSeriesLinks', () => {
  it('adds the block at the end, a blank line after the text', () => {
    const text = insertSeriesLinks(post, day2.id, { previous: day1, next: null });
    expect(text).toBe(
      `---\ntitle: "DevConf Day 2"\n---\n\nThe keynote.\n\n<!-- lanyard:series -->\n\n← [DevConf Day 1](${day1.url ?? ''})\n\n<!-- /lanyard:series -->\n`,
    );
    expect(insertSeriesLinks('', day1.id, { previous: null, next: null })).toBe(
      '<!-- lanyard:series -->\n<!-- /lanyard:series -->\n',
    );
  });

  it('rewrites a block already there in place, and answers null when it is right', () => {
    const once = insertSeriesLinks(post, day2.id, { previous: day1, next: null }) ?? '';
    const withText = `${once}\nA postscript.\n`;
    const both = insertSeriesLinks(withText, day2.id, { previous: day1, next: day3 });
    expect(both).toContain(`· [DevConf Day 3](${day3.url ?? ''}) →\n\n<!-- /lanyard:series -->\n\nA postscript.\n`);
    expect(both?.match(/lanyard:series -->/g)).toHaveLength(2);
    expect(insertSeriesLinks(both ?? '', day2.id, { previous: day1, next: day3 })).toBeNull();
  });

  it('refuses a start marker with no end, rather than add a second block', () => {
    expect(() =>
      insertSeriesLinks(`${post}<!-- lanyard:series -->\n`, day2.id, { previous: day1, next: null }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        message: expect.stringContaining('<!-- /lanyard:series -->') as unknown,
      }),
    );
  });
});

describe('refreshSeriesLinks', () => {
  it('rewrites the block as days are added', () => {
    const day1Text = insertSeriesLinks(post, day1.id, { previous: null, next: null }) ?? '';
    const refreshed = refreshSeriesLinks(day1Text, day1.id, { previous: null, next: day2 });
    expect(refreshed).toBe(
      '---\ntitle: "DevConf Day 2"\n---\n\nThe keynote.\n\n<!-- lanyard:series -->\n\n[DevConf Day 2](2026-01-07-devconf-day-2.md) →\n\n<!-- /lanyard:series -->\n',
    );
    expect(refreshSeriesLinks(refreshed ?? '', day1.id, { previous: null, next: day2 })).toBeNull();
  });

  it('leaves alone a post whose block the writer removed, or broke', () => {
    expect(refreshSeriesLinks(post, day1.id, { previous: null, next: day2 })).toBeNull();
    expect(refreshSeriesLinks(`${post}<!-- lanyard:series -->\n`, day1.id, { previous: null, next: day2 })).toBeNull();
  });

  it('takes only marker lines for markers, not a mention of one in a sentence', () => {
    const text = `${post}Lanyard writes <!-- lanyard:series --> blocks.\n`;
    expect(refreshSeriesLinks(text, day1.id, { previous: null, next: day2 })).toBeNull();
  });
});

describe('trailingSeriesBlockStart', () => {
  it('finds a block that ends the post, and only such a block', () => {
    const text = insertSeriesLinks(post, day2.id, { previous: day1, next: null }) ?? '';
    expect(trailingSeriesBlockStart(`${text}\n\n`)).toBe(text.indexOf('<!--'));
    expect(trailingSeriesBlockStart(`${text}More.\n`)).toBeNull();
    expect(trailingSeriesBlockStart(post)).toBeNull();
  });
});
