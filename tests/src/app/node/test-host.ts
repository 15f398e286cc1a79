import path from 'node:path';
import { createLanyardCore, type LanyardCore } from '../../../../src/app/node/lanyard-core';
import type { EventName } from '../../../../src/api/contract';
import type { HostAdapters } from '../../../../src/app/node/host-adapters';
import { defaultSettings, type Settings, type SettingsStore } from '../../../../src/settings/settings-types';

/** The day-post templates Lanyard ships, in the repository. */
export const shippedTemplatesDir = path.resolve(import.meta.dirname, '../../../../resources/templates');

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
  /** The time the core reads as now; null reads the machine's clock. */
  clock: Date | null;
}

/**
 * A host whose dialogs answer from `answers`, whose events are kept in `events` and whose clock
 * reads `clock` (set it to move the time between calls).
 */
export function testHost(userDataDir: string, settings = memorySettings(), clock: Date | null = null): TestHost {
  const host: TestHost = {
    userDataDir,
    templatesDir: shippedTemplatesDir,
    assetBaseUrl: 'lanyard-asset://site/',
    settings,
    events: [],
    opened: [],
    errors: [],
    answers: { folder: null, savePath: null, images: [] },
    closedCount: 0,
    clock,
    now: () => new Date(host.clock?.getTime() ?? Date.now()),
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

/** Calls a channel through the core's dispatcher, as IPC does; a failure throws its message with its `code`. */
export async function callChannel<T>(core: LanyardCore, channel: string, arg?: unknown): Promise<T> {
  const answer = await core.dispatcher.invoke(channel, arg);
  if (!answer.ok) throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
  return answer.value as T;
}

/** A core over a test host with its user data in `userDataDir`, with `site` open. */
export async function openCoreOn(site: string, userDataDir: string): Promise<LanyardCore> {
  return (await openCoreWithHost(site, userDataDir)).core;
}

/** Like `openCoreOn`, also answering the host, whose clock starts at `clock`. */
export async function openCoreWithHost(
  site: string,
  userDataDir: string,
  clock: Date | null = null,
  settings = memorySettings(),
): Promise<{ core: LanyardCore; host: TestHost }> {
  const host = testHost(userDataDir, settings, clock);
  const core = createLanyardCore(host);
  await core.openSite(site);
  return { core, host };
}
