import type { FieldSpec } from '../../../../src/frontmatter/field-schema';
import type { FrontMatterField } from '../../../../src/frontmatter/field-value';

/** A field spec with quiet defaults, overridden where a test cares. */
export function specOf(overrides: Partial<FieldSpec> & Pick<FieldSpec, 'kind'>): FieldSpec {
  return {
    key: 'field',
    label: 'Field',
    required: false,
    options: [],
    multiple: false,
    suggestions: [],
    hint: null,
    defaultValue: null,
    frequency: 1,
    source: 'posts',
    ...overrides,
  };
}

/** The open post's value for a key, as the form gets it. */
export function fieldOf(value: unknown, source = JSON.stringify(value)): FrontMatterField {
  const kind = Array.isArray(value)
    ? 'list'
    : value === null
      ? 'null'
      : typeof value === 'object'
        ? 'object'
        : 'string';
  return { key: 'field', kind, value, source, line: 2 };
}
