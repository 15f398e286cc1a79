import type { FieldInputIds, FieldProps } from './field-props';

/** An on/off field (draft, comments…): a checkbox drawn as a switch. */
export function ToggleField({ field, readOnly, onChange, inputId, describedBy }: FieldProps & FieldInputIds) {
  const on = field?.value === true;
  return (
    <span className="field-switch">
      <input
        id={inputId}
        type="checkbox"
        role="switch"
        checked={on}
        aria-checked={on}
        aria-readonly={readOnly || undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          if (!readOnly) onChange({ kind: 'boolean', value: event.target.checked });
        }}
      />
      <span className="field-switch-state" aria-hidden="true">
        {on ? 'Yes' : 'No'}
      </span>
    </span>
  );
}
