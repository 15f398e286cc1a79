import { useId } from 'react';
import type { ChannelInput } from '../../../src/api/contract';
import {
  defaultAppSettings,
  editorFonts,
  fontSizeRange,
  lineWidthRange,
  type AppSettings,
  type EditorFont,
  type Theme,
} from '../../../src/settings/app-settings';
import { RadioChoices } from '../components/RadioChoices';
import { WholeNumberField } from './WholeNumberField';

/** Saves a change to the app settings. */
export type SaveAppSettings = (patch: ChannelInput<'app.updateSettings'>) => void;

const themeChoices: ReadonlyArray<{ value: Theme; label: string }> = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const fontNames: Record<EditorFont, string> = {
  default: 'System (the app’s own)',
  serif: 'Serif',
  sans: 'Sans serif',
  mono: 'Monospace',
};

/** Theme, and the editor's font, text size and line width; each applies as it is chosen. */
export function AppearanceSection({ settings, save }: { settings: AppSettings; save: SaveAppSettings }) {
  const titleId = useId();
  const fontId = useId();
  const fullWidth = settings.lineWidth === null;
  return (
    <section className="app-settings-section" aria-labelledby={titleId}>
      <h3 id={titleId}>Appearance</h3>
      <RadioChoices
        label="Theme"
        name="app-theme"
        choices={themeChoices}
        value={settings.theme}
        onChange={(theme) => save({ theme })}
        classPrefix="app-setting"
      />
      <div className="app-setting">
        <label htmlFor={fontId}>Editor font</label>
        <select
          id={fontId}
          className="small-control"
          value={settings.editorFont}
          onChange={(event) => save({ editorFont: event.target.value as EditorFont })}
        >
          {editorFonts.map((font) => (
            <option key={font} value={font}>
              {fontNames[font]}
            </option>
          ))}
        </select>
      </div>
      <WholeNumberField
        label="Text size"
        value={settings.fontSize}
        min={fontSizeRange.min}
        max={fontSizeRange.max}
        unit="px"
        onSave={(fontSize) => save({ fontSize })}
      />
      <WholeNumberField
        label="Line width"
        value={settings.lineWidth ?? defaultAppSettings.lineWidth ?? lineWidthRange.min}
        min={lineWidthRange.min}
        max={lineWidthRange.max}
        unit="characters"
        disabled={fullWidth}
        onSave={(lineWidth) => save({ lineWidth })}
      />
      <label className="app-setting-check">
        <input
          type="checkbox"
          checked={fullWidth}
          onChange={(event) => save({ lineWidth: event.target.checked ? null : defaultAppSettings.lineWidth })}
        />
        Lines as wide as the editor
      </label>
    </section>
  );
}
