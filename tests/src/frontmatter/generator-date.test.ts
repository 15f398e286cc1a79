import { describe, expect, it } from 'vitest';
import { generatorDate } from '../../../src/frontmatter/generator-date';

const post = (...lines: string[]) => ['---', ...lines, '---', '', 'Body.', ''].join('\n');
const utc = (iso: string) => Date.parse(`${iso}Z`);

describe('generatorDate: Jekyll', () => {
  it('reads an offset as written, whatever the site’s zone', () => {
    const text = post('date: 2026-11-25 09:00:00 +0900');
    expect(generatorDate('jekyll', text, '2026-11-25-day-2.md', 'America/New_York')).toEqual({
      text: '2026-11-25 09:00:00 +0900',
      at: utc('2026-11-25T00:00:00'),
    });
  });

  it('reads a time with seconds but no offset as UTC, and one without seconds in the site’s zone', () => {
    const withSeconds = generatorDate('jekyll', post('date: 2026-11-25 09:00:00'), 'a.md', 'Asia/Tokyo');
    expect(withSeconds?.at).toBe(utc('2026-11-25T09:00:00'));
    const withoutSeconds = generatorDate('jekyll', post('date: 2026-11-25 09:00'), 'a.md', 'Asia/Tokyo');
    expect(withoutSeconds?.at).toBe(utc('2026-11-25T00:00:00'));
  });

  it('dates a post without a date by its file name, at midnight in the site’s zone', () => {
    expect(generatorDate('jekyll', post('title: Day 2'), '2026-11-25-day-2.md', 'America/New_York')).toEqual({
      text: '2026-11-25',
      at: utc('2026-11-25T05:00:00'),
    });
  });

  it('answers null without a date it reads', () => {
    expect(generatorDate('jekyll', post('title: Day 2'), 'day-2.md', null)).toBeNull();
    expect(generatorDate('jekyll', post('date: soon'), '2026-11-25-day-2.md', null)).toBeNull();
    expect(generatorDate('jekyll', post('date: 20261125'), '2026-11-25-day-2.md', null)).toBeNull();
  });
});

describe('generatorDate: Hugo', () => {
  it('takes the publish date before the date, its key in any case', () => {
    const text = post('date: 2026-11-01T09:00:00Z', 'PublishDate: 2026-11-25T09:00:00+01:00');
    expect(generatorDate('hugo', text, 'day-2.md', null)).toEqual({
      text: '2026-11-25T09:00:00+01:00',
      at: utc('2026-11-25T08:00:00'),
    });
  });

  it('skips a published flag that is not a date, and reads TOML dates as written', () => {
    const text = ['+++', 'published = false', 'date = 2026-11-25T09:00:00-05:00', '+++', ''].join('\n');
    expect(generatorDate('hugo', text, 'day-2.md', null)?.at).toBe(utc('2026-11-25T14:00:00'));
  });

  it('reads a date without an offset in the config’s zone, else UTC, and never from the file name', () => {
    expect(generatorDate('hugo', post('date: 2026-11-25T09:00:00'), 'a.md', 'Asia/Tokyo')?.at).toBe(
      utc('2026-11-25T00:00:00'),
    );
    const machineZone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(generatorDate('hugo', post('date: 2026-11-25'), 'a.md', null)?.at).toBe(utc('2026-11-25T00:00:00'));
    } finally {
      if (machineZone === undefined) delete process.env.TZ;
      else process.env.TZ = machineZone;
    }
    expect(generatorDate('hugo', post('title: Day 2'), '2026-11-25-day-2.md', null)).toBeNull();
  });
});

describe('generatorDate: other kinds', () => {
  it('answers null, as they keep no rule of their own for future posts', () => {
    for (const kind of ['astro', 'eleventy', 'plain'] as const) {
      expect(generatorDate(kind, post('date: 2099-01-01'), '2099-01-01-x.md', null), kind).toBeNull();
    }
  });
});
