import type { EventName } from '../../../../src/api/contract';
import type { HostAdapters } from '../../../../src/app/node/host-adapters';
import { defaultSettings, type Settings, type SettingsStore } from '../../../../src/settings/settings-types';

/** The one fake allowed: electron-store needs Electron, and settings are plain data anyway. */
export function memorySettings(initial: Partial<Settings> = {}): SettingsStore & { data: Settings } {
  const data: Settings = structuredClone({ ...defaultSettings, ...initial });
  return {
    data,
    get: (key) => structuredClone(data[key]),
    set: (key, value) => {
      data[key] = structuredClone(value);
    },
  };
}

/** Host adapters that record what the core asked of them. */
export interface TestHost extends HostAdapters {
  settings: SettingsStore & { data: Settings };
  events: Array<{ name: EventName; payload: unknown }>;
  opened: string[];
  errors: unknown[];
  answers: { folder: string | null; savePath: string | null; images: string[] };
  closedCount: number;
}

/** A host whose dialogs answer from `answers` and whose events are kept in `events`. */
export function testHost(userDataDir: string, settings = memorySettings()): TestHost {
  const host: TestHost = {
    userDataDir,
    assetBaseUrl: 'lanyard-asset://site/',
    settings,
    events: [],
    opened: [],
    errors: [],
    answers: { folder: null, savePath: null, images: [] },
    closedCount: 0,
    dialogs: {
      chooseFolder: () => Promise.resolve(host.answers.folder),
      chooseSavePath: () => Promise.resolve(host.answers.savePath),
      chooseImages: () => Promise.resolve(host.answers.images),
    },
    openExternal: (url) => {
      host.opened.push(url);
      return Promise.resolve();
    },
    emit: (name, payload) => host.events.push({ name, payload }),
    report: (error) => host.errors.push(error),
    readyToClose: () => {
      host.closedCount++;
    },
  };
  return host;
}
