import { useId } from 'react';
import { maxSpellcheckLanguages, type AppSettings } from '../../../src/settings/app-settings';
import type { SaveAppSettings } from './AppearanceSection';
import { parseLanguages } from './language-list';
import { TextSetting } from './TextSetting';

/** Spelling on or off, and the languages it checks (the system's when none are named). */
export function SpellingSection({ settings, save }: { settings: AppSettings; save: SaveAppSettings }) {
  const titleId = useId();
  return (
    <section className="app-settings-section" aria-labelledby={titleId}>
      <h3 id={titleId}>Spelling</h3>
      <label className="app-setting-check">
        <input
          type="checkbox"
          checked={settings.spellcheck}
          onChange={(event) => save({ spellcheck: event.target.checked })}
        />
        Check spelling as I type
      </label>
      <TextSetting
        label="Languages"
        initial={settings.spellcheckLanguages.join(', ')}
        placeholder="The system’s"
        wide
        disabled={!settings.spellcheck}
        hint={
          <>
            Up to {maxSpellcheckLanguages} tags, like <code>en-US, de</code>. Empty: the system’s languages. On macOS
            the system always chooses.
          </>
        }
        onCommit={(text) => {
          const tags = parseLanguages(text);
          if (tags.join(',') !== settings.spellcheckLanguages.join(',')) save({ spellcheckLanguages: tags });
        }}
      />
    </section>
  );
}
