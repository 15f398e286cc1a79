import type { FieldSpec, SiteSchema } from '../../../src/frontmatter/field-schema';
import type { FrontMatterField } from '../../../src/frontmatter/field-value';
import { readableLabel } from '../../../src/frontmatter/generator-conventions';

/** One row of the form: how to show the key, and the post's value if it has one. */
export interface FormRow {
  spec: FieldSpec;
  field: FrontMatterField | null;
}

/** Keys most posts of the site carry are offered even when this post lacks them. */
const PROMINENT_FREQUENCY = 0.5;

/** A key no schema knows: shown as raw YAML, so whatever it holds is kept. */
export function unknownFieldSpec(key: string): FieldSpec {
  return {
    key,
    label: readableLabel(key),
    kind: 'object',
    required: false,
    options: [],
    multiple: false,
    suggestions: [],
    hint: null,
    defaultValue: null,
    frequency: 0,
    source: 'posts',
  };
}

function isProminent(spec: FieldSpec): boolean {
  return spec.required || spec.source === 'cms' || spec.frequency >= PROMINENT_FREQUENCY;
}

/**
 * The form's rows for a post: the schema's fields the post has or most posts have, in the
 * schema's order, then the post's own keys the schema doesn't know, in file order. The rest of
 * the schema is offered under "Add field".
 */
export function formRows(
  schema: SiteSchema | null,
  fields: FrontMatterField[],
): { rows: FormRow[]; addable: FieldSpec[] } {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const rows: FormRow[] = [];
  const addable: FieldSpec[] = [];
  const known = new Set<string>();
  for (const spec of schema?.fields ?? []) {
    known.add(spec.key);
    const field = byKey.get(spec.key) ?? null;
    if (field || isProminent(spec)) rows.push({ spec, field });
    else addable.push(spec);
  }
  for (const field of fields) {
    if (!known.has(field.key)) rows.push({ spec: unknownFieldSpec(field.key), field });
  }
  return { rows, addable };
}
