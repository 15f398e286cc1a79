import type { FieldObservation, ObservedKind } from './field-schema';

/** Longer strings are prose, not values worth suggesting. */
const maxValueLength = 120;
const maxValuesPerKey = 50;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const dateTimePattern = /^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}/;

type Scalar = string | number | boolean;

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function stringKind(value: string): ObservedKind {
  if (/[\r\n]/.test(value) || value.length > maxValueLength) return 'text';
  if (datePattern.test(value)) return 'date';
  return dateTimePattern.test(value) ? 'datetime' : 'string';
}

function observe(key: string, value: unknown): FieldObservation {
  if (value === null || value === undefined) return { key, kind: 'null', values: [] };
  if (typeof value === 'boolean') return { key, kind: 'boolean', values: [] };
  if (typeof value === 'number') return { key, kind: 'number', values: [] };
  if (typeof value === 'string') {
    const kind = stringKind(value);
    return { key, kind, values: kind === 'text' ? [] : [value] };
  }
  // Empty items (`- ` in YAML) do not make a list of scalars anything else.
  if (Array.isArray(value) && value.every((item) => item === null || isScalar(item))) {
    const items = value.filter(isScalar).map(String);
    const values = [...new Set(items.filter((item) => item.length <= maxValueLength))].slice(0, maxValuesPerKey);
    return { key, kind: 'list', values };
  }
  return { key, kind: 'object', values: [] };
}

/**
 * What one post's front matter looks like to the schema inference: each top-level key in
 * order, the kind of its value, and its short values or list items (each once, at most 50).
 */
export function observeFields(data: Record<string, unknown>): FieldObservation[] {
  return Object.entries(data).map(([key, value]) => observe(key, value));
}
