import { describe, expect, it } from 'vitest';
import type { FieldKind } from '../../../../src/frontmatter/field-schema';
import {
  isStringList,
  listItemsOf,
  pickFieldInput,
  stringValueOf,
} from '../../../../renderer/src/frontmatter/fields/field-input-kind';
import { fieldOf, specOf } from './spec-fixture';

describe('pickFieldInput', () => {
  it('gives each spec kind its input when the value fits', () => {
    const cases: [FieldKind, unknown, string][] = [
      ['string', 'Keynote', 'text'],
      ['text', 'A long\ndescription', 'long-text'],
      ['date', '2024-05-01', 'date-time'],
      ['datetime', '2024-05-01 09:30:00 +0100', 'date-time'],
      ['boolean', true, 'toggle'],
      ['number', 3, 'number'],
      ['list', ['a', 'b'], 'tags'],
      ['select', 'post', 'select'],
      ['image', '/assets/a.png', 'image'],
      ['object', { a: 1 }, 'raw-yaml'],
    ];
    for (const [kind, value, input] of cases) {
      expect(pickFieldInput(specOf({ kind }), fieldOf(value)), kind).toBe(input);
    }
  });

  it('gives a multiple select the tag input limited to options', () => {
    const spec = specOf({ kind: 'select', multiple: true, options: ['a', 'b'] });
    expect(pickFieldInput(spec, fieldOf(['a']))).toBe('option-tags');
  });

  it('uses the spec’s input for a key the post lacks or leaves empty', () => {
    expect(pickFieldInput(specOf({ kind: 'list' }), null)).toBe('tags');
    expect(pickFieldInput(specOf({ kind: 'boolean' }), fieldOf(null, ''))).toBe('toggle');
  });

  it('falls back to raw YAML when the value has another shape, so nothing is dropped', () => {
    expect(pickFieldInput(specOf({ kind: 'list' }), fieldOf({ a: 1 }))).toBe('raw-yaml');
    expect(pickFieldInput(specOf({ kind: 'list' }), fieldOf(['a', 2]))).toBe('raw-yaml');
    expect(pickFieldInput(specOf({ kind: 'list' }), fieldOf('one two'))).toBe('raw-yaml');
    expect(pickFieldInput(specOf({ kind: 'string' }), fieldOf(2024))).toBe('raw-yaml');
    expect(pickFieldInput(specOf({ kind: 'boolean' }), fieldOf('yes'))).toBe('raw-yaml');
    expect(pickFieldInput(specOf({ kind: 'number' }), fieldOf('12'))).toBe('raw-yaml');
    expect(pickFieldInput(specOf({ kind: 'date' }), fieldOf(['2024-05-01']))).toBe('raw-yaml');
    expect(pickFieldInput(specOf({ kind: 'select', options: ['a'] }), fieldOf(['a']))).toBe('raw-yaml');
  });

  it('never puts a line break into a one-line input', () => {
    expect(pickFieldInput(specOf({ kind: 'string' }), fieldOf('Day one\nand two'))).toBe('long-text');
    expect(pickFieldInput(specOf({ kind: 'image' }), fieldOf('a.png\nb.png'))).toBe('raw-yaml');
    expect(pickFieldInput(specOf({ kind: 'select', options: ['a'] }), fieldOf('a\r\nb'))).toBe('raw-yaml');
  });
});

describe('value helpers', () => {
  it('reads strings and string lists, and nothing from other shapes', () => {
    expect(stringValueOf(fieldOf('x'))).toBe('x');
    expect(stringValueOf(fieldOf(3))).toBe('');
    expect(stringValueOf(null)).toBe('');
    expect(listItemsOf(fieldOf(['a', 'b']))).toEqual(['a', 'b']);
    expect(listItemsOf(fieldOf(['a', 1]))).toEqual([]);
    expect(isStringList([])).toBe(true);
    expect(isStringList('a')).toBe(false);
  });
});
