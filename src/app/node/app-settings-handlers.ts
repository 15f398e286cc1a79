import type { Handlers } from '../../api/contract';
import { applyAppSettingsPatch, type AppSettings } from '../../settings/app-settings';
import { readAppSettings } from '../../settings/app-settings-schema';
import type { HostAdapters } from './host-adapters';

/** The writer's app-wide settings, defaults where unset or where the stored value is not valid. */
export function appSettingsOf(host: Pick<HostAdapters, 'settings'>): AppSettings {
  return readAppSettings(host.settings.get('app'));
}

/**
 * `app.settings` and `app.updateSettings`. A change is stored whole, then announced, so the
 * main process (spelling, native theme) and every view apply the same settings.
 */
export function createAppSettingsHandlers(host: HostAdapters): Pick<Handlers, 'app.settings' | 'app.updateSettings'> {
  return {
    'app.settings': () => Promise.resolve(appSettingsOf(host)),

    'app.updateSettings': (patch) => {
      const next = applyAppSettingsPatch(appSettingsOf(host), patch);
      host.settings.set('app', next);
      host.emit('app.settingsChanged', next);
      return Promise.resolve(next);
    },
  };
}
