import { useEffect, useId, useRef, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import { applyAppSettingsPatch, type AppSettings } from '../../../src/settings/app-settings';
import type { SiteInfo } from '../../../src/site/site-info';
import { ModalDialog } from '../components/ModalDialog';
import { ImageSettingsPanel } from '../images/ImageSettingsPanel';
import { messageOf } from '../lanyard-api';
import { AppearanceSection, type SaveAppSettings } from './AppearanceSection';
import { PreviewSection } from './PreviewSection';
import { PublishingSection } from './PublishingSection';
import { SpellingSection } from './SpellingSection';
import type { SitePreviewStyle } from './useSitePreviewStyle';

interface AppSettingsDialogProps {
  api: LanyardApi;
  /** The open site, or null; its photo and commit settings are in the photo and publish dialogs. */
  site: SiteInfo | null;
  /** The open site's choice of stylesheet for the preview. */
  preview: SitePreviewStyle;
  settings: AppSettings;
  onChange: (settings: AppSettings) => void;
  report: (error: unknown) => void;
  onClose: () => void;
}

/**
 * Settings: the writer's own, for every site. Each change is saved and applied as it is made;
 * a change the main process refuses is explained here and leaves the stored settings as they were.
 */
export function AppSettingsDialog({ api, site, preview, settings, onChange, report, onClose }: AppSettingsDialogProps) {
  // Shown at once as chosen, so a control never lags behind the writer's click.
  const [shown, setShown] = useState(settings);
  const [saved, setSaved] = useState(settings);
  if (saved !== settings) {
    // Saved (here or anywhere else): what is stored is what shows.
    setSaved(settings);
    setShown(settings);
  }
  const [error, setError] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);
  // The scrolling body is focusable too and would take the first focus: the theme choice should.
  useEffect(() => body.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus(), []);
  const titleId = useId();
  const hintId = useId();
  const photosId = useId();

  const save: SaveAppSettings = (patch) => {
    setError(null);
    setShown((current) => applyAppSettingsPatch(current, patch));
    api.app.updateSettings(patch).then(onChange, (failure: unknown) => {
      setShown(settings);
      setError(messageOf(failure));
    });
  };

  return (
    <ModalDialog
      className="photo-dialog app-settings-dialog"
      labelledBy={titleId}
      describedBy={hintId}
      busy={false}
      dismissible
      view="settings"
      onDismiss={onClose}
    >
      <div className="photo-dialog-form">
        <header className="photo-dialog-header">
          <h2 id={titleId}>Settings</h2>
          <p id={hintId}>
            Yours, for every site; changes apply at once. A site’s own photo and commit message settings come first.
          </p>
        </header>
        <div ref={body} className="publish-body app-settings-body">
          <AppearanceSection settings={shown} save={save} />
          <SpellingSection settings={shown} save={save} />
          <section className="app-settings-section" aria-labelledby={photosId}>
            <h3 id={photosId}>Photos</h3>
            <ImageSettingsPanel api={api} report={report} scope="app" />
          </section>
          <PublishingSection api={api} settings={shown} save={save} />
          {site && <PreviewSection siteName={site.name} preview={preview} />}
        </div>
        {error && (
          <p className="publish-error app-settings-error" role="alert">
            {error}
          </p>
        )}
        <footer className="photo-dialog-actions">
          <button type="button" className="button primary" onClick={onClose}>
            Done
          </button>
        </footer>
      </div>
    </ModalDialog>
  );
}
