import fc from 'fast-check';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { removeFrontMatterField, setFrontMatterField } from '../../../src/frontmatter/edit-front-matter';
import type { FieldValue } from '../../../src/frontmatter/field-value';
import { splitFrontMatter } from '../../../src/frontmatter/split-front-matter';
import type { TextChange } from '../../../src/posts/text-change';
import { fieldValue, generatedPost, type GeneratedPost } from './generate-front-matter';

function apply(text: string, change: TextChange | null): string {
  return change === null ? text : text.slice(0, change.from) + change.insert + text.slice(change.to);
}

/** The front matter's data, read independently of the code under test. */
function dataOf(text: string): Record<string, unknown> {
  return (parse(splitFrontMatter(text).raw, { uniqueKeys: false }) as Record<string, unknown> | null) ?? {};
}

function intended(value: FieldValue): unknown {
  if (value.kind === 'list') return value.items;
  if (value.kind === 'date') return value.text;
  if (value.kind === 'yaml') return parse(value.source) as unknown;
  return value.value;
}

/** The value as the form would hand it back unchanged. */
function currentAsFieldValue(value: unknown, source: string): FieldValue {
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return { kind: 'list', items: value };
  return { kind: 'yaml', source };
}

function pairAt(post: GeneratedPost, index: number) {
  return post.pairs[index % post.pairs.length]!;
}

function hasOnlyEol(text: string, eol: string): boolean {
  return eol === '\n' ? !text.includes('\r') : !/\r(?!\n)|(?<!\r)\n/.test(text);
}

/** How one property fared over its generated posts. */
export interface PropertyRun {
  numRuns: number;
  failed: boolean;
  /** fast-check's account of the smallest failing post and its seed; null when none failed. */
  report: string | null;
}

/** One property over generated posts, named as its test is. */
export interface FrontMatterProperty {
  name: string;
  check: (numRuns: number) => PropertyRun;
}

function named<Ts extends unknown[]>(name: string, property: fc.IProperty<Ts>): FrontMatterProperty {
  return {
    name,
    check(numRuns) {
      const details = fc.check(property, { numRuns });
      return { numRuns: details.numRuns, failed: details.failed, report: fc.defaultReportMessage(details) ?? null };
    },
  };
}

/**
 * The front-matter edit properties, run by the unit tests and, with many more documents, by the
 * trust suite; each caller picks the number of runs.
 */
export const frontMatterEditProperties: readonly FrontMatterProperty[] = [
  named(
    'writing back every field’s own value changes no byte',
    fc.property(generatedPost, (post) => {
      const data = dataOf(post.text);
      for (const { key, start, end } of post.pairs) {
        const source = post.text.slice(start, end).slice(key.length + 1);
        const edit = setFrontMatterField(post.text, key, currentAsFieldValue(data[key], source));
        expect(edit).toEqual({ ok: true, change: null });
      }
    }),
  ),
  named(
    'editing one field changes only that field’s lines and reads back as intended',
    fc.property(generatedPost, fc.nat(), fieldValue, (post, index, value) => {
      const pair = pairAt(post, index);
      const edit = setFrontMatterField(post.text, pair.key, value);
      if (!edit.ok) throw new Error(edit.message);
      const after = apply(post.text, edit.change);
      if (edit.change) {
        expect(edit.change.from).toBeGreaterThanOrEqual(pair.start + pair.key.length + 1);
        expect(edit.change.to).toBeLessThanOrEqual(pair.end);
      }
      expect(after.slice(0, pair.start)).toBe(post.text.slice(0, pair.start));
      const tail = post.text.slice(pair.end);
      expect(after.slice(after.length - tail.length)).toBe(tail);
      expect(dataOf(after)).toEqual({ ...dataOf(post.text), [pair.key]: intended(value) });
      expect(hasOnlyEol(after.slice(0, splitFrontMatter(after).bodyStart), post.eol)).toBe(true);
    }),
  ),
  named(
    'removing a field removes exactly its lines',
    fc.property(generatedPost, fc.nat(), (post, index) => {
      const pair = pairAt(post, index);
      const edit = removeFrontMatterField(post.text, pair.key);
      if (!edit.ok) throw new Error(edit.message);
      expect(apply(post.text, edit.change)).toBe(post.text.slice(0, pair.start) + post.text.slice(pair.end));
    }),
  ),
  named(
    'adding a field appends one line before the closing fence and keeps every other byte',
    fc.property(generatedPost, fieldValue, (post, value) => {
      const edit = setFrontMatterField(post.text, 'added_key', value);
      if (!edit.ok) throw new Error(edit.message);
      const after = apply(post.text, edit.change);
      expect(edit.change?.from).toBe(post.closingFence);
      expect(after.slice(0, post.closingFence)).toBe(post.text.slice(0, post.closingFence));
      expect(after.endsWith(post.text.slice(post.closingFence))).toBe(true);
      expect(dataOf(after)).toEqual({ ...dataOf(post.text), added_key: intended(value) });
    }),
  ),
];
