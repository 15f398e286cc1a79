import { useState } from 'react';
import type { FieldSpec } from '../../../src/frontmatter/field-schema';

interface AddFieldProps {
  /** Fields the site knows that the form doesn't show yet. */
  specs: FieldSpec[];
  /** Keys already shown, which a custom key may not repeat. */
  taken: ReadonlySet<string>;
  onAdd: (key: string) => void;
}

const OTHER = '\u0000other';
const validKey = /^[A-Za-z_][\w.-]*$/;

/** "Add field": one of the site's other fields, or a key of the writer's own. */
export function AddField({ specs, taken, onAdd }: AddFieldProps) {
  const [custom, setCustom] = useState<string | null>(null);
  if (custom !== null) {
    const key = custom.trim();
    const problem =
      key === '' ? null : !validKey.test(key) ? 'Letters, digits, _ - and .' : taken.has(key) ? 'Already there' : null;
    const add = () => {
      if (key === '' || problem) return;
      onAdd(key);
      setCustom(null);
    };
    return (
      <span className="add-field">
        <input
          className="small-control add-field-key"
          aria-label="New field name"
          placeholder="field_name"
          value={custom}
          autoFocus
          aria-invalid={problem !== null}
          onChange={(event) => setCustom(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') add();
            if (event.key === 'Escape') setCustom(null);
          }}
        />
        <button type="button" className="button small" disabled={key === '' || problem !== null} onClick={add}>
          Add
        </button>
        {problem && <span className="add-field-problem">{problem}</span>}
      </span>
    );
  }
  return (
    <select
      className="small-control add-field"
      aria-label="Add a field"
      value=""
      onChange={(event) => {
        if (event.target.value === OTHER) setCustom('');
        else if (event.target.value) onAdd(event.target.value);
      }}
    >
      <option value="">Add field…</option>
      {specs.map((spec) => (
        <option key={spec.key} value={spec.key}>
          {spec.label}
        </option>
      ))}
      <option value={OTHER}>Other…</option>
    </select>
  );
}
