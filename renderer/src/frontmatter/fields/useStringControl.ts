import type { ChangeEvent } from 'react';
import type { FieldInputIds, FieldProps } from './field-props';
import { stringValueOf } from './field-input-kind';
import { useFieldDraft } from './useFieldDraft';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** The props a plain text `<input>` or `<textarea>` for a string field shares, with its draft. */
export function useStringControl({
  spec,
  field,
  readOnly,
  onChange,
  inputId,
  describedBy,
}: FieldProps & FieldInputIds) {
  const draft = useFieldDraft(stringValueOf(field));
  return {
    id: inputId,
    value: draft.text,
    readOnly,
    'aria-required': spec.required || undefined,
    'aria-describedby': describedBy,
    spellCheck: true,
    onFocus: draft.onFocus,
    onBlur: draft.onBlur,
    onChange: (event: ChangeEvent<TextControl>) => {
      draft.setText(event.target.value);
      onChange({ kind: 'string', value: event.target.value });
    },
  };
}
