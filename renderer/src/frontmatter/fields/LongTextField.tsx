import type { FieldInputIds, FieldProps } from './field-props';
import { useStringControl } from './useStringControl';

/** A multi-line text field (description, excerpt) that grows with its text up to about eight lines. */
export function LongTextField(props: FieldProps & FieldInputIds) {
  return <textarea className="field-control field-long-text" rows={2} {...useStringControl(props)} />;
}
