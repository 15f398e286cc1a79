import { describe, expect, it } from 'vitest';
import { decodeRow, encodeRow, StringTable, type IndexCacheEntry } from '../../../../src/posts/node/index-cache-rows';

function entry(id: string, overrides: Partial<IndexCacheEntry['summary']> = {}): IndexCacheEntry {
  return {
    mtimeMs: 1795505221449.3682,
    size: 2445,
    summary: {
      id,
      title: `Title of ${id}`,
      date: '2026-11-24',
      tags: ['kubecon', 'day-1'],
      draft: false,
      event: 'kubecon-na-2026',
      readable: true,
      problem: null,
      ...overrides,
    },
    fields: [
      { key: 'tags', kind: 'list', values: ['kubecon', 'day-1'] },
      { key: 'draft', kind: 'boolean', values: [] },
    ],
  };
}

describe('index cache rows', () => {
  it('round-trips entries, nulls and flags included, through JSON', () => {
    const table = new StringTable();
    const entries = [
      entry('_posts/a.md'),
      entry('_posts/b.md', { date: null, event: null, draft: true, readable: false, problem: 'It is binary.' }),
    ];
    const rows = JSON.parse(JSON.stringify(entries.map((item) => encodeRow(item, table)))) as unknown[];
    const strings = JSON.parse(JSON.stringify(table.strings)) as unknown[];
    expect(rows.map((row) => decodeRow(row, strings))).toEqual(entries);
  });

  it('writes each string once, however many posts share it', () => {
    const table = new StringTable();
    for (const id of ['_posts/a.md', '_posts/b.md', '_posts/c.md']) encodeRow(entry(id), table);
    const count = (text: string) => table.strings.filter((item) => item === text).length;
    expect(count('kubecon')).toBe(1);
    expect(count('list')).toBe(1);
    expect(count('kubecon-na-2026')).toBe(1);
    expect(table.strings).toHaveLength(3 * 2 + 8);
  });

  it('refuses rows of another shape, unknown kinds and indexes that name no string', () => {
    const table = new StringTable();
    const good = encodeRow(entry('_posts/a.md'), table);
    const strings = table.strings;
    const unknownKind = encodeRow(
      { ...entry('_posts/k.md'), fields: [{ key: 'a', kind: 'toString' as 'list', values: [] }] },
      table,
    );
    expect(decodeRow(unknownKind, table.strings)).toBeNull();
    expect(decodeRow(good.slice(0, 9), strings)).toBeNull();
    expect(decodeRow([...good.slice(0, 3), 999, ...good.slice(4)], strings)).toBeNull();
    expect(decodeRow([...good.slice(0, 3), 1.5, ...good.slice(4)], strings)).toBeNull();
    expect(decodeRow({ id: 0 }, strings)).toBeNull();
    const numberValue = encodeRow(
      { ...entry('_posts/n.md'), fields: [{ key: 'a', kind: 'list', values: [1 as unknown as string] }] },
      table,
    );
    expect(decodeRow(numberValue, table.strings)).toBeNull();
  });
});
