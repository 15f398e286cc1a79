import { useId, useState } from 'react';
import type { DateFormat } from '../../../../src/frontmatter/front-matter-date';
import { dateFromPickerValue, parseFrontMatterDate } from '../../../../src/frontmatter/front-matter-date';
import type { FieldInputIds, FieldProps } from './field-props';
import { stringValueOf } from './field-input-kind';
import { dateFieldFormat, nowText, pickerStep, pickerValueOf, usableTimeZone, zoneLabel } from './date-field-format';
import { useFieldDraft } from './useFieldDraft';

/** What the date field needs besides the common props. */
export interface DateTimeFieldProps {
  /** The site's IANA zone; dates are picked and shown in it. */
  timeZone: string | null;
  /** The format most of the site's posts use, for a field that has no date yet. */
  dateFormat: DateFormat | null;
}

const joinIds = (...ids: (string | null | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/**
 * A date or date-and-time field, picked in the site's zone and written in the field's own
 * format. A value that isn't a date Lanyard reads is shown as text, never lost.
 */
export function DateTimeField(props: FieldProps & FieldInputIds & DateTimeFieldProps) {
  const { spec, field, readOnly, onChange, inputId, describedBy } = props;
  const noteId = useId();
  const text = stringValueOf(field).trim();
  const timeZone = usableTimeZone(props.timeZone);
  const format = dateFieldFormat(text, spec.kind, props.dateFormat);
  const pickerValue = pickerValueOf(text, timeZone);
  const zone = zoneLabel(text, timeZone);
  const picker = useFieldDraft(pickerValue ?? '');
  const written = useFieldDraft(stringValueOf(field));
  // Stays on the text input while it has focus, even once its text becomes a date.
  const [typing, setTyping] = useState(false);

  if (pickerValue === null || typing) {
    return (
      <span className="field-date-text">
        <input
          id={inputId}
          type="text"
          className="field-control"
          value={written.text}
          readOnly={readOnly}
          spellCheck={false}
          aria-required={spec.required || undefined}
          aria-invalid={pickerValue === null || undefined}
          aria-describedby={joinIds(describedBy, noteId)}
          onFocus={() => {
            written.onFocus();
            setTyping(true);
          }}
          onBlur={() => {
            written.onBlur();
            setTyping(false);
          }}
          onChange={(event) => {
            const next = event.target.value;
            written.setText(next);
            const trimmed = next.trim();
            onChange(parseFrontMatterDate(trimmed) ? { kind: 'date', text: trimmed } : { kind: 'string', value: next });
          }}
        />
        <span id={noteId} className="field-note">
          {pickerValue === null ? 'Not a date Lanyard reads; kept as written.' : 'Reads as a date.'}
        </span>
      </span>
    );
  }

  const pick = (value: string) => {
    picker.setText(value);
    // An empty value is a half-typed or cleared picker: the post keeps its date.
    const next = value === '' ? null : dateFromPickerValue(value, format, timeZone, text || undefined);
    if (next !== null) onChange({ kind: 'date', text: next });
  };

  return (
    <span className="field-date">
      <input
        id={inputId}
        type={format.time ? 'datetime-local' : 'date'}
        className="field-control"
        value={picker.text}
        step={format.time ? pickerStep(format) : undefined}
        min={format.time ? '0001-01-01T00:00' : '0001-01-01'}
        max={format.time ? '9999-12-31T23:59:59' : '9999-12-31'}
        readOnly={readOnly}
        aria-required={spec.required || undefined}
        aria-describedby={joinIds(describedBy, format.time ? noteId : null)}
        onFocus={picker.onFocus}
        onBlur={picker.onBlur}
        onChange={(event) => pick(event.target.value)}
      />
      <span className="field-date-extra">
        {format.time && (
          <span id={noteId} className="field-zone" title={`Picked and shown in ${zone}`}>
            {zone}
          </span>
        )}
        {!readOnly && (
          <button
            type="button"
            className="button small"
            aria-label={format.time ? `Set ${spec.label} to now` : `Set ${spec.label} to today`}
            onClick={() => onChange({ kind: 'date', text: nowText(format, timeZone, Date.now()) })}
          >
            {format.time ? 'Now' : 'Today'}
          </button>
        )}
      </span>
    </span>
  );
}
