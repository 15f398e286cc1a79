import { useId, useState, type KeyboardEvent } from 'react';
import type { FieldInputIds, FieldProps } from './field-props';
import { rawYamlProblem } from './raw-yaml-problem';

interface Edit {
  source: string;
  /** The field's source when editing started; a different one from outside ends the edit. */
  base: string;
  /** Handed to `onChange` already; the edit shows until the post's new source comes back. */
  applied: boolean;
}

/**
 * A value the form has no input for (a map, a mixed list…), edited as its YAML source in a
 * monospace box. Changes apply on blur or Ctrl/⌘+Enter, only when they parse; Escape reverts.
 */
export function RawYamlField({ spec, field, readOnly, onChange, inputId, describedBy }: FieldProps & FieldInputIds) {
  const noteId = useId();
  const outside = field?.source ?? '';
  const [edit, setEdit] = useState<Edit | null>(null);
  const editing = edit !== null && edit.base === outside;
  const source = editing ? edit.source : outside;
  const problem = editing ? rawYamlProblem(edit.source) : null;

  const apply = () => {
    if (!editing || edit.applied || edit.source === outside || problem !== null) return;
    setEdit({ ...edit, applied: true });
    onChange({ kind: 'yaml', source: edit.source });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      apply();
    } else if (event.key === 'Escape' && editing) {
      event.preventDefault();
      event.stopPropagation();
      setEdit(null);
    }
  };

  return (
    <span className="field-raw">
      <textarea
        id={inputId}
        className="field-control field-raw-yaml"
        value={source}
        rows={1}
        readOnly={readOnly}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        wrap="off"
        aria-required={spec.required || undefined}
        aria-invalid={problem !== null || undefined}
        aria-describedby={[describedBy, noteId].filter(Boolean).join(' ')}
        onChange={(event) => setEdit({ source: event.target.value, base: outside, applied: false })}
        onBlur={apply}
        onKeyDown={onKeyDown}
      />
      <span id={noteId} className={problem ? 'field-problem' : 'field-note'} role="status">
        {problem ??
          (editing && !edit.applied
            ? 'Ctrl/⌘+Enter or leaving the box applies it; Escape reverts.'
            : 'Edited as YAML.')}
      </span>
    </span>
  );
}
