import { useId } from 'react';

interface RadioChoicesProps<T extends string> {
  label: string;
  /** The radio buttons' shared name. */
  name: string;
  choices: ReadonlyArray<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
  /** The settings form's class prefix, for its layout: `app-setting` or `writing-setting`. */
  classPrefix: 'app-setting' | 'writing-setting';
}

/** A labelled group of radio buttons for one setting; the chosen one takes focus when its dialog opens. */
export function RadioChoices<T extends string>({
  label,
  name,
  choices,
  value,
  onChange,
  classPrefix,
}: RadioChoicesProps<T>) {
  const labelId = useId();
  return (
    <div role="radiogroup" aria-labelledby={labelId} className={classPrefix}>
      <span id={labelId}>{label}</span>
      <div className={`${classPrefix}-choices`}>
        {choices.map((choice) => (
          <label key={choice.value} className={`${classPrefix}-choice`}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              data-autofocus={value === choice.value ? true : undefined}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </div>
  );
}
