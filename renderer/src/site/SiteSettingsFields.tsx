import { useId } from 'react';
import { urlPatternTokens } from '../../../src/site/site-settings';

/** The settings as typed: empty text leaves a setting unset. */
export interface SettingsDraft {
  postsFolder: string;
  imagesFolder: string;
  urlPattern: string;
}

const fields: ReadonlyArray<{ key: keyof SettingsDraft; label: string; placeholder: string }> = [
  { key: 'postsFolder', label: 'Posts folder', placeholder: 'every folder with Markdown' },
  { key: 'imagesFolder', label: 'Photos folder', placeholder: 'images' },
  { key: 'urlPattern', label: 'Post URL', placeholder: 'https://me.example.com/:year/:slug/' },
];

/** The three settings of a plain folder, with what each URL placeholder stands for. */
export function SiteSettingsFields({
  draft,
  disabled,
  invalidField,
  problemId,
  onChange,
  onLeave,
}: {
  draft: SettingsDraft;
  disabled: boolean;
  /** The field whose problem the dialog shows, under `problemId`. */
  invalidField: keyof SettingsDraft | null;
  problemId: string;
  onChange: (draft: SettingsDraft) => void;
  onLeave: () => void;
}) {
  const tokensId = useId();
  return (
    <fieldset className="site-settings-fields" disabled={disabled}>
      {fields.map(({ key, label, placeholder }, index) => (
        <label key={key} className="site-setting">
          <span>{label}</span>
          <input
            className="small-control"
            value={draft[key]}
            placeholder={placeholder}
            spellCheck={false}
            data-autofocus={index === 0 ? true : undefined}
            aria-describedby={
              [invalidField === key ? problemId : '', key === 'urlPattern' ? tokensId : ''].join(' ').trim() ||
              undefined
            }
            aria-invalid={invalidField === key || undefined}
            onBlur={onLeave}
            onChange={(event) => onChange({ ...draft, [key]: event.target.value })}
          />
        </label>
      ))}
      <dl id={tokensId} className="site-setting-tokens">
        {Object.entries(urlPatternTokens).map(([token, meaning]) => (
          <div key={token}>
            <dt>
              <code>:{token}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </fieldset>
  );
}
