import { useId, type KeyboardEvent } from 'react';
import type { FieldInputIds, FieldProps } from './field-props';
import { numberText, parseNumberText, stepNumberText } from './number-text';
import { useFieldDraft } from './useFieldDraft';

const unfinished = (text: string) => text.trim() !== '' && parseNumberText(text) === null;

/**
 * A number field: only valid numbers are written; what the writer typed stays until it is one.
 * ArrowUp/ArrowDown step by 1 (10 with Shift).
 */
export function NumberField({ spec, field, readOnly, onChange, inputId, describedBy }: FieldProps & FieldInputIds) {
  const problemId = useId();
  const draft = useFieldDraft(numberText(field?.value), unfinished);
  const invalid = draft.active && unfinished(draft.text);

  const write = (text: string) => {
    draft.setText(text);
    const value = parseNumberText(text);
    if (value !== null) onChange({ kind: 'number', value });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (readOnly || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    write(stepNumberText(draft.text, (event.shiftKey ? 10 : 1) * (event.key === 'ArrowUp' ? 1 : -1)));
  };

  return (
    <span className="field-number">
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        className="field-control"
        value={draft.text}
        readOnly={readOnly}
        autoComplete="off"
        spellCheck={false}
        aria-required={spec.required || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={[describedBy, invalid ? problemId : null].filter(Boolean).join(' ') || undefined}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
        onKeyDown={onKeyDown}
        onChange={(event) => write(event.target.value)}
      />
      <span id={problemId} className="field-problem" role="status">
        {invalid ? `Not a number yet; the post keeps ${numberText(field?.value) || 'no value'}.` : ''}
      </span>
    </span>
  );
}
