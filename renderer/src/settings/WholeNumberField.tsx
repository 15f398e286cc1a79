import { useId, useState } from 'react';

interface WholeNumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  unit: string;
  disabled?: boolean;
  onSave: (value: number) => void;
}

/**
 * A whole number within bounds, saved as soon as what is typed is one; anything else is
 * explained once the writer leaves the field, and never saved.
 */
export function WholeNumberField({ label, value, min, max, unit, disabled, onSave }: WholeNumberFieldProps) {
  const [text, setText] = useState(String(value));
  const [checked, setChecked] = useState(false);
  const id = useId();
  const problemId = useId();
  const parsed = Number(text.trim());
  const valid = text.trim() !== '' && Number.isInteger(parsed) && parsed >= min && parsed <= max;
  const problem = checked && !valid && !disabled ? `Enter a whole number from ${min} to ${max}.` : null;

  return (
    <div className="app-setting">
      <label htmlFor={id}>{label}</label>
      <div>
        {/* Text, not type="number": the browser would read "1,5" or "abc" as empty and say nothing. */}
        <input
          id={id}
          className="small-control app-setting-number"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          disabled={disabled}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            const number = Number(next.trim());
            if (next.trim() !== '' && Number.isInteger(number) && number >= min && number <= max && number !== value) {
              onSave(number);
            }
          }}
          onBlur={() => setChecked(true)}
        />{' '}
        <span className="app-setting-unit">{unit}</span>
        {problem && (
          <p id={problemId} className="publish-error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </div>
  );
}
