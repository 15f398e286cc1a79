import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import Store from 'electron-store';
import { defaultSettings, type Settings, type SettingsStore } from '../../src/settings/settings-types';

const STORE_NAME = 'config';

function openStore(): Store<Settings> {
  // electron-store writes atomically, so a crash mid-write leaves the old file, never half a file.
  return new Store<Settings>({ defaults: defaultSettings, name: STORE_NAME });
}

/**
 * The app's settings, kept by electron-store in the user-data folder and never exposed to the
 * renderer directly. A settings file that does not parse is moved aside (kept for the curious,
 * reported to the log) so Lanyard still starts, with defaults. Call after `userData` is final.
 */
export function createElectronSettings(report: (error: unknown) => void): SettingsStore {
  try {
    return openStore();
  } catch (error) {
    const file = join(app.getPath('userData'), `${STORE_NAME}.json`);
    if (!existsSync(file)) throw error;
    const aside = join(app.getPath('userData'), `${STORE_NAME}.unreadable-${Date.now()}.json`);
    renameSync(file, aside);
    report(new Error(`Settings file could not be read and was moved to ${aside}`, { cause: error }));
    return openStore();
  }
}
