import type { FieldInputIds, FieldProps } from './field-props';
import { stringValueOf } from './field-input-kind';

/**
 * One choice from the schema's options (a layout, say). A current value that isn't one of them
 * stays listed, so it is never dropped; a field that isn't required can be set to "(none)",
 * which takes the key out of the post (through `onRemove`).
 */
export function SelectField({
  spec,
  field,
  readOnly,
  onChange,
  onRemove,
  inputId,
  describedBy,
}: FieldProps & FieldInputIds) {
  const current = stringValueOf(field);
  const unknown = current !== '' && !spec.options.includes(current);
  return (
    <select
      id={inputId}
      className="field-control field-select"
      value={current}
      disabled={readOnly}
      aria-required={spec.required || undefined}
      aria-describedby={describedBy}
      onChange={(event) => {
        const value = event.target.value;
        if (value === '') onRemove?.();
        else onChange({ kind: 'string', value });
      }}
    >
      {(!spec.required || current === '') && (
        <option value="" disabled={spec.required}>
          {spec.required ? 'Choose…' : '(none)'}
        </option>
      )}
      {unknown && <option value={current}>{current} (not in the list)</option>}
      {spec.options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}
