import type { FieldObservation, ObservedKind } from '../../frontmatter/field-schema';
import type { PostSummary } from '../post-types';

/** One post's summary and field observations, and the file time and size they were read at. */
export interface IndexCacheEntry {
  mtimeMs: number;
  size: number;
  summary: PostSummary;
  /** Kept out of the summary, which goes to the renderer for every post. */
  fields: FieldObservation[];
}

/**
 * A post as one array of numbers: every string is an index into the cache's string table
 * (-1 for null), so the tags, keys and kinds that thousands of posts share are written once and
 * read back as one string. A 10,000-post cache shrinks to about a third, and JSON.parse reads
 * arrays of numbers far faster than objects with repeated keys.
 */
export type IndexCacheRow = [
  id: number,
  mtimeMs: number,
  size: number,
  title: number,
  date: number,
  tags: number[],
  flags: number,
  event: number,
  problem: number,
  fields: Array<[key: number, kind: number, values: number[]]>,
];

const draftFlag = 1;
const readableFlag = 2;

const observedKinds: Record<ObservedKind, true> = {
  string: true,
  text: true,
  date: true,
  datetime: true,
  boolean: true,
  number: true,
  list: true,
  object: true,
  null: true,
};

/** Builds the string table while rows are encoded. */
export class StringTable {
  readonly strings: unknown[] = [];
  private readonly indexes = new Map<unknown, number>();

  /** The value's index; anything that is not a string is stored as it is, for the reader to refuse. */
  index(value: unknown): number {
    if (value === null) return -1;
    let index = this.indexes.get(value);
    if (index === undefined) {
      index = this.strings.push(value) - 1;
      this.indexes.set(value, index);
    }
    return index;
  }
}

export function encodeRow(entry: IndexCacheEntry, table: StringTable): IndexCacheRow {
  const { summary } = entry;
  const text = (value: unknown) => table.index(value);
  const fields = Array.isArray(entry.fields) ? entry.fields : [null];
  return [
    text(summary.id),
    entry.mtimeMs,
    entry.size,
    text(summary.title),
    text(summary.date),
    summary.tags.map(text),
    (summary.draft ? draftFlag : 0) | (summary.readable ? readableFlag : 0),
    text(summary.event),
    text(summary.problem),
    fields.map((field: FieldObservation | null) => [
      text(field?.key),
      text(field?.kind),
      Array.isArray(field?.values) ? field.values.map(text) : [-2],
    ]),
  ];
}

class InvalidRow extends Error {}

function isIndexList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number');
}

/** The entry a row holds, or null when the row is not one this version wrote. */
export function decodeRow(row: unknown, strings: readonly unknown[]): IndexCacheEntry | null {
  const text = (index: unknown): string => {
    const value = typeof index === 'number' ? strings[index] : undefined;
    if (typeof value !== 'string') throw new InvalidRow();
    return value;
  };
  const optionalText = (index: unknown): string | null => (index === -1 ? null : text(index));
  if (!Array.isArray(row) || row.length !== 10) return null;
  const [id, mtimeMs, size, title, date, tags, flags, event, problem, fields] = row as unknown[];
  if (typeof mtimeMs !== 'number' || typeof size !== 'number' || typeof flags !== 'number') return null;
  if (!isIndexList(tags) || !Array.isArray(fields)) return null;
  try {
    return {
      mtimeMs,
      size,
      summary: {
        id: text(id),
        title: text(title),
        date: optionalText(date),
        tags: tags.map(text),
        draft: (flags & draftFlag) !== 0,
        event: optionalText(event),
        readable: (flags & readableFlag) !== 0,
        problem: optionalText(problem),
      },
      fields: fields.map((field: unknown) => {
        if (!Array.isArray(field) || field.length !== 3 || !isIndexList(field[2])) throw new InvalidRow();
        const kind = text(field[1]);
        if (!Object.hasOwn(observedKinds, kind)) throw new InvalidRow();
        return { key: text(field[0]), kind: kind as ObservedKind, values: field[2].map(text) };
      }),
    };
  } catch (error) {
    if (error instanceof InvalidRow) return null;
    throw error;
  }
}
