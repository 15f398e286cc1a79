import type { FieldSpec } from '../../../../src/frontmatter/field-schema';
import type { FieldValue, FrontMatterField } from '../../../../src/frontmatter/field-value';

/** What every front matter field input gets. */
export interface FieldProps {
  spec: FieldSpec;
  /** The key as the post has it now; null when the post doesn't have it yet (the first change adds it). */
  field: FrontMatterField | null;
  readOnly: boolean;
  onChange: (value: FieldValue) => void;
  /** Takes the key out of the post; the row shows no remove button without it. */
  onRemove?: () => void;
}

/** How the row wires an input to its label and help text. */
export interface FieldInputIds {
  /** The id the row's `<label htmlFor>` points at. */
  inputId: string;
  /** Ids of the row's help text, for `aria-describedby`; undefined when there is none. */
  describedBy: string | undefined;
}
