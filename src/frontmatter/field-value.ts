import type { ObservedKind } from './field-schema';

/**
 * A value the form writes into a field. Each kind is written in the file's own style: a date
 * stays an unquoted timestamp, a list keeps flow or block form, `yaml` is raw YAML source the
 * writer typed for a value the form has no input for.
 */
export type FieldValue =
  | { kind: 'string'; value: string }
  | { kind: 'date'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'list'; items: string[] }
  | { kind: 'yaml'; source: string };

/** One top-level key of the open post's front matter, as the form shows it. */
export interface FrontMatterField {
  key: string;
  /** What the value looks like now. */
  kind: ObservedKind;
  /** The value as data: strings (dates included, as written), numbers, booleans, arrays, maps, null. */
  value: unknown;
  /** The value's source text as written in the file, for raw YAML editing. */
  source: string;
  /** 1-based line of the key in the whole file. */
  line: number;
}
