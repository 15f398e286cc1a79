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
  onChange,
}: {
  draft: SettingsDraft;
  disabled: boolean;
  onChange: (draft: SettingsDraft) => void;
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
            aria-describedby={key === 'urlPattern' ? tokensId : undefined}
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
