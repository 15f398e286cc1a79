import type { FieldInputIds, FieldProps } from './field-props';
import { useStringControl } from './useStringControl';

/** A one-line text field (title, author…). */
export function TextField(props: FieldProps & FieldInputIds) {
  return <input type="text" className="field-control" {...useStringControl(props)} />;
}
