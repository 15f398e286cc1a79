import type { FieldSpec } from '../../../../src/frontmatter/field-schema';
import type { FrontMatterField } from '../../../../src/frontmatter/field-value';

/** Which input component shows a field. */
export type FieldInputKind =
  'text' | 'long-text' | 'date-time' | 'toggle' | 'number' | 'tags' | 'option-tags' | 'select' | 'image' | 'raw-yaml';

/** True for a list whose items are all strings, the only list the tag input can write back unchanged. */
export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The field's value when it is a string, else empty. */
export function stringValueOf(field: FrontMatterField | null): string {
  return typeof field?.value === 'string' ? field.value : '';
}

/** The field's items when it is a list of strings, else none. */
export function listItemsOf(field: FrontMatterField | null): string[] {
  return isStringList(field?.value) ? field.value : [];
}

function specInput(spec: FieldSpec): FieldInputKind {
  switch (spec.kind) {
    case 'string':
      return 'text';
    case 'text':
      return 'long-text';
    case 'date':
    case 'datetime':
      return 'date-time';
    case 'boolean':
      return 'toggle';
    case 'number':
      return 'number';
    case 'list':
      return 'tags';
    case 'select':
      return spec.multiple ? 'option-tags' : 'select';
    case 'image':
      return 'image';
    case 'object':
      return 'raw-yaml';
  }
}

function fits(input: FieldInputKind, value: unknown): boolean {
  switch (input) {
    case 'toggle':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'tags':
    case 'option-tags':
      return isStringList(value);
    case 'raw-yaml':
      return true;
    default:
      return typeof value === 'string';
  }
}

/**
 * The input for a field: the one its spec asks for, unless the post's value is of another shape
 * (an object where the spec says list, a number where it says title…), which then shows as raw
 * YAML so nothing is dropped or silently converted. A key without a value takes the spec's input.
 */
export function pickFieldInput(spec: FieldSpec, field: FrontMatterField | null): FieldInputKind {
  const input = specInput(spec);
  const value = field?.value;
  if (value === null || value === undefined) return input;
  if (!fits(input, value)) return 'raw-yaml';
  // A one-line input would drop line breaks: such a title becomes long text, anything else raw YAML.
  if (typeof value === 'string' && /[\r\n]/.test(value) && input !== 'long-text' && input !== 'raw-yaml') {
    return input === 'text' ? 'long-text' : 'raw-yaml';
  }
  return input;
}
