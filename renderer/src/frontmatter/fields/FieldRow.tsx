import type { ReactNode } from 'react';
import type { FieldSpec } from '../../../../src/frontmatter/field-schema';

interface FieldRowProps {
  spec: FieldSpec;
  inputId: string;
  /** Id for the hint; the input points at it with `aria-describedby`. */
  hintId: string;
  readOnly: boolean;
  /** A required field the post lacks or leaves empty: its mark turns to a warning. */
  missing: boolean;
  onRemove?: () => void;
  children: ReactNode;
}

/** One labelled row of the front matter form: label, required mark, remove button, input, hint. */
export function FieldRow({ spec, inputId, hintId, readOnly, missing, onRemove, children }: FieldRowProps) {
  return (
    <div className="field-row" data-key={spec.key} data-missing={missing || undefined}>
      <div className="field-row-grid">
        <div className="field-row-head">
          <label className="field-label" htmlFor={inputId} title={spec.label === spec.key ? undefined : spec.key}>
            {spec.label}
            {spec.required && (
              <span className="field-required" aria-hidden="true" title="Required">
                *
              </span>
            )}
          </label>
          {onRemove && !readOnly && (
            <button
              type="button"
              className="icon-button field-remove"
              aria-label={`Remove ${spec.label} from this post`}
              title="Remove from this post"
              onClick={onRemove}
            >
              ×
            </button>
          )}
        </div>
        <div className="field-row-input">{children}</div>
        {spec.hint && (
          <p id={hintId} className="field-hint">
            {spec.hint}
          </p>
        )}
      </div>
    </div>
  );
}
