import { useId, useState, type ReactNode } from 'react';

interface TextSettingProps {
  label: string;
  /** The text the field starts with. */
  initial: string;
  placeholder: string;
  hint: ReactNode;
  /** A wider field, for a list. */
  wide?: boolean;
  disabled?: boolean;
  /** The writer left the field: `text` is what it holds; the section decides whether anything changed. */
  onCommit: (text: string) => void;
}

/** A one-line text setting with its hint below, saved when the writer leaves it rather than at each key. */
export function TextSetting({ label, initial, placeholder, hint, wide, disabled, onCommit }: TextSettingProps) {
  const [text, setText] = useState(initial);
  const id = useId();
  const hintId = useId();
  return (
    <div className="app-setting">
      <label htmlFor={id}>{label}</label>
      <div>
        <input
          id={id}
          className={wide ? 'small-control app-setting-wide' : 'small-control'}
          value={text}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          disabled={disabled}
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => onCommit(text)}
        />
        <p id={hintId} className="app-setting-hint">
          {hint}
        </p>
      </div>
    </div>
  );
}
