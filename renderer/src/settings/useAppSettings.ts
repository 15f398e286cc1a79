import { useEffect, useLayoutEffect, useSyncExternalStore } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import { defaultAppSettings, type AppSettings } from '../../../src/settings/app-settings';
import { editorAppearanceChanged, setEditorSpellcheck } from '../editor/writer-settings';
import { useLanyardEvent } from '../hooks/useLanyardEvent';
import { useLoaded } from '../hooks/useLoaded';
import { applyAppearance } from './appearance';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribeToSystemTheme(onChange: () => void): () => void {
  const query = window.matchMedia(darkQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the system (or, in Electron, `nativeTheme.themeSource`) asks for dark. */
function useSystemDark(): boolean {
  return useSyncExternalStore(subscribeToSystemTheme, () => window.matchMedia(darkQuery).matches);
}

/** The writer's app settings and a way to replace them once saved. */
export interface AppSettingsState {
  /** Null until the main process answers, and after it failed to. */
  settings: AppSettings | null;
  setSettings: (settings: AppSettings) => void;
}

/**
 * Loads the app settings, follows every change to them (from this window's dialog or anywhere
 * else) and applies them to the page: theme, editor font, size, line width and spelling. Until
 * they load, the page follows the system with the default look.
 */
export function useAppSettings(api: LanyardApi, report: (error: unknown) => void): AppSettingsState {
  const [settings, setSettings] = useLoaded(api.app.settings, null, null, report);
  useLanyardEvent(api, 'app.settingsChanged', (changed) => setSettings(changed));
  const systemDark = useSystemDark();
  const { theme, editorFont, fontSize, lineWidth, spellcheck } = settings ?? defaultAppSettings;

  // Before paint, so a dark-theme writer never sees a flash of light.
  useLayoutEffect(() => {
    applyAppearance({ theme, editorFont, fontSize, lineWidth }, systemDark);
    editorAppearanceChanged();
  }, [theme, editorFont, fontSize, lineWidth, systemDark]);

  useEffect(() => setEditorSpellcheck(spellcheck), [spellcheck]);

  return { settings, setSettings };
}
