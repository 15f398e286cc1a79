import { useEffect, useId, useState, type ReactNode } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import {
  defaultImageSettings,
  linkStyleFor,
  type ImageSettings,
  type SiteImageSettings,
} from '../../../src/images/image-settings';
import { photoDefaultKeys, type AppSettings, type PhotoDefaults } from '../../../src/settings/app-settings';

interface ImageSettingsPanelProps {
  api: LanyardApi;
  report: (error: unknown) => void;
  /** `site` (the default): this site's settings. `app`: the defaults for sites without their own, without the folders. */
  scope?: 'site' | 'app';
}

/** The app-wide photo defaults, shown as settings: a site's folders and HTML facts don't apply. */
function asPanelSettings(settings: AppSettings): SiteImageSettings {
  return { ...defaultImageSettings, ...settings.imageDefaults, usualFolder: '', htmlDropped: null };
}

function photoDefaultsOf(patch: Partial<ImageSettings>): Partial<PhotoDefaults> {
  return Object.fromEntries(photoDefaultKeys.filter((key) => key in patch).map((key) => [key, patch[key]]));
}

const formats: { value: ImageSettings['format']; label: string }[] = [
  { value: 'auto', label: 'Automatic (JPEG photos, PNG screenshots)' },
  { value: 'jpeg', label: 'JPEG' },
  { value: 'webp', label: 'WebP' },
  { value: 'avif', label: 'AVIF' },
];

const linkStyles: { value: ImageSettings['linkStyle']; label: string; html: boolean }[] = [
  { value: 'markdown', label: 'Markdown ![alt](url)', html: false },
  { value: 'html', label: 'HTML <img>', html: true },
  { value: 'figure', label: '<figure> with caption', html: true },
];

/**
 * This site's photo settings, folded away under the photo list: size, format, how photos are
 * linked, folders, and the metadata that may stay. Each change is saved at once, for this site
 * (with `scope` app: as the default for every site that has not set its own, folders aside).
 * Where the site's generator drops raw HTML, the HTML link styles are offered but disabled, with why.
 */
export function ImageSettingsPanel({ api, report, scope = 'site' }: ImageSettingsPanelProps) {
  const [settings, setSettings] = useState<SiteImageSettings | null>(null);
  const gpsHint = useId();
  const linkHint = useId();

  useEffect(() => {
    let live = true;
    const load = scope === 'app' ? api.app.settings().then(asPanelSettings) : api.images.settings();
    load.then((loaded) => live && setSettings(loaded), report);
    return () => {
      live = false;
    };
  }, [api, report, scope]);

  if (!settings) return null;
  const update = (patch: Partial<ImageSettings>) => {
    setSettings({ ...settings, ...patch });
    if (scope === 'app') {
      api.app
        .updateSettings({ imageDefaults: photoDefaultsOf(patch) })
        .then((saved) => setSettings(asPanelSettings(saved)), report);
    } else {
      api.images.updateSettings(patch).then(setSettings, report);
    }
  };
  const whole = (text: string, min: number, max: number): number | null => {
    const value = Number(text);
    return Number.isInteger(value) && value >= min && value <= max ? value : null;
  };

  return (
    <details className="photo-settings" open={scope === 'app' || undefined}>
      <summary>{scope === 'app' ? 'Photo defaults for every site' : 'Photo settings for this site'}</summary>
      <div className="photo-settings-grid">
        <label>
          Longest edge (px)
          <input
            className="small-control"
            type="number"
            min={200}
            max={12000}
            step={100}
            defaultValue={settings.maxEdge}
            onChange={(event) => {
              const value = whole(event.target.value, 200, 12000);
              if (value !== null) update({ maxEdge: value });
            }}
          />
        </label>
        <label>
          Format
          <select
            className="small-control"
            value={settings.format}
            onChange={(event) => update({ format: event.target.value as ImageSettings['format'] })}
          >
            {formats.map((format) => (
              <option key={format.value} value={format.value}>
                {format.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Quality
          <input
            className="small-control"
            type="number"
            min={1}
            max={100}
            defaultValue={settings.quality}
            onChange={(event) => {
              const value = whole(event.target.value, 1, 100);
              if (value !== null) update({ quality: value });
            }}
          />
        </label>
        <label>
          Link as
          <select
            className="small-control"
            value={linkStyleFor(settings)}
            aria-describedby={settings.htmlDropped === null ? undefined : linkHint}
            onChange={(event) => update({ linkStyle: event.target.value as ImageSettings['linkStyle'] })}
          >
            {linkStyles.map((style) => (
              <option key={style.value} value={style.value} disabled={style.html && settings.htmlDropped !== null}>
                {style.label}
              </option>
            ))}
          </select>
        </label>
        {settings.htmlDropped !== null && (
          <p id={linkHint} className="photo-settings-hint">
            {settings.htmlDropped} Photos here are linked with Markdown.
          </p>
        )}
        {scope === 'site' && (
          <>
            <label className="photo-settings-folder">
              Folder (empty: the site’s usual place)
              <input
                className="small-control"
                type="text"
                defaultValue={settings.folder ?? ''}
                placeholder={settings.usualFolder}
                spellCheck={false}
                onBlur={(event) => {
                  const folder = event.target.value.trim();
                  if (folder !== (settings.folder ?? '')) update({ folder: folder === '' ? null : folder });
                }}
              />
            </label>
            <SettingCheck checked={settings.folderPerPost} onChange={(folderPerPost) => update({ folderPerPost })}>
              A folder per post
            </SettingCheck>
          </>
        )}
        <SettingCheck checked={settings.keepAuthorship} onChange={(keepAuthorship) => update({ keepAuthorship })}>
          Keep copyright and artist
        </SettingCheck>
        <SettingCheck
          checked={settings.keepLocation}
          describedBy={gpsHint}
          onChange={(keepLocation) => update({ keepLocation })}
        >
          Keep the location (GPS)
        </SettingCheck>
        <p id={gpsHint} className="photo-settings-hint">
          Off by default: with it on, anyone who downloads a photo can see where it was taken.
        </p>
      </div>
    </details>
  );
}

function SettingCheck(props: {
  checked: boolean;
  describedBy?: string;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className="photo-settings-check">
      <input
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.describedBy}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      {props.children}
    </label>
  );
}
