import { describe, expect, it } from 'vitest';
import { observeFields } from '../../../src/frontmatter/field-observations';
import { readFrontMatterData } from '../../../src/frontmatter/front-matter-data';

describe('observeFields', () => {
  it('gives one observation per top-level key, in key order, with its kind', () => {
    const data = {
      title: 'Day 1',
      day: '2026-06-16',
      date: '2026-06-16 9:40:00 +0100',
      updated: '2026-06-16T19:40',
      draft: false,
      weight: 3,
      tags: ['lisbon', 2026, true],
      author: { name: 'Ana' },
      gallery: [{ src: 'a.png' }],
      matrix: [['a']],
      image: null,
    };
    expect(observeFields(data).map(({ key, kind }) => [key, kind])).toEqual([
      ['title', 'string'],
      ['day', 'date'],
      ['date', 'datetime'],
      ['updated', 'datetime'],
      ['draft', 'boolean'],
      ['weight', 'number'],
      ['tags', 'list'],
      ['author', 'object'],
      ['gallery', 'object'],
      ['matrix', 'object'],
      ['image', 'null'],
    ]);
  });

  it('tells dates from strings that only start like one', () => {
    const kinds = (value: string) => observeFields({ value })[0]?.kind;
    expect(kinds('2026-06-16 ')).toBe('string');
    expect(kinds('2026-6-16')).toBe('string');
    expect(kinds('2026-06-16 at noon')).toBe('string');
    expect(kinds('2026-06-16T9')).toBe('string');
    expect(kinds('2026-06-16 09:40')).toBe('datetime');
  });

  it('calls multi-line and long strings text, and keeps no value for them', () => {
    const long = 'word '.repeat(25);
    expect(observeFields({ summary: 'one\ntwo', windows: 'one\r\ntwo', long, short: long.slice(0, 120) })).toEqual([
      { key: 'summary', kind: 'text', values: [] },
      { key: 'windows', kind: 'text', values: [] },
      { key: 'long', kind: 'text', values: [] },
      { key: 'short', kind: 'string', values: [long.slice(0, 120)] },
    ]);
  });

  it('keeps string values, and list items as strings, short ones only, each once, at most 50', () => {
    const many = Array.from({ length: 60 }, (_, n) => `tag-${n}`);
    const [tags, mixed, empty, holes] = observeFields({
      tags: [...many, 'tag-0'],
      mixed: ['x'.repeat(121), 2026, 1.5, false, 'ok', 'ok'],
      empty: [],
      holes: [null, 'a'],
    });
    expect(tags).toEqual({ key: 'tags', kind: 'list', values: many.slice(0, 50) });
    expect(mixed).toEqual({ key: 'mixed', kind: 'list', values: ['2026', '1.5', 'false', 'ok'] });
    expect(empty).toEqual({ key: 'empty', kind: 'list', values: [] });
    expect(holes).toEqual({ key: 'holes', kind: 'list', values: ['a'] });
  });

  it('leaves a Jekyll space-separated tags string to the inference', () => {
    expect(observeFields({ tags: 'one two three' })).toEqual([
      { key: 'tags', kind: 'string', values: ['one two three'] },
    ]);
  });

  it('observes the same kinds whichever format the front matter is written in', () => {
    const yaml = readFrontMatterData('---\ndate: 2022-11-28T09:30:00-08:00\nday: 2022-11-28\ntags: [a]\n---\n');
    const toml = readFrontMatterData('+++\ndate = 2022-11-28T09:30:00-08:00\nday = 2022-11-28\ntags = ["a"]\n+++\n');
    const json = readFrontMatterData('{\n"date": "2022-11-28T09:30:00-08:00", "day": "2022-11-28", "tags": ["a"]\n}\n');
    const expected = [
      { key: 'date', kind: 'datetime', values: ['2022-11-28T09:30:00-08:00'] },
      { key: 'day', kind: 'date', values: ['2022-11-28'] },
      { key: 'tags', kind: 'list', values: ['a'] },
    ];
    for (const read of [yaml, toml, json]) expect(observeFields(read.data ?? {})).toEqual(expected);
  });
});
