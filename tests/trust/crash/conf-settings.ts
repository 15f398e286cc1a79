import Conf from 'conf';
import path from 'node:path';
import { defaultSettings, type Settings, type SettingsStore } from '../../../src/settings/settings-types';

/** The settings file inside a user-data folder: the one electron-store writes in the app. */
export function settingsFile(userDataDir: string): string {
  return path.join(userDataDir, 'config.json');
}

/**
 * The settings store the e2e harness gives the core (step 2 of `tests/e2e/harness.ts`): a `conf`
 * store, the library and the file electron-store wraps, so its writes are the app's writes.
 */
export function openConfSettings(userDataDir: string): SettingsStore {
  return new Conf<Settings & Record<string, unknown>>({
    cwd: userDataDir,
    configName: 'config',
    projectName: 'lanyard',
    defaults: defaultSettings as Settings & Record<string, unknown>,
  });
}
