import type { EventListener } from '../../api/contract';
import type { SettingsStore } from '../../settings/settings-types';

/**
 * What the core needs from whoever hosts it: the Electron main process, or the test harness.
 * Everything that differs between the two lives behind this interface, and nothing else does.
 */
export interface HostAdapters {
  /** Folder for Lanyard's own files (index cache, the sample blog copy). */
  userDataDir: string;
  /** The folder of the day-post templates Lanyard ships (`resources/templates` in the repository). */
  templatesDir: string;
  /** Base URL the preview uses for site files, ending in `/` (a custom protocol in Electron). */
  assetBaseUrl: string;
  settings: SettingsStore;
  dialogs: {
    /** Native folder picker; null when cancelled. */
    chooseFolder(): Promise<string | null>;
    /** Native save dialog for "save elsewhere"; null when cancelled. */
    chooseSavePath(suggestedName: string): Promise<string | null>;
    /** Native picker for photos, several at once; empty when cancelled. */
    chooseImages(): Promise<string[]>;
  };
  /** Opens a URL in the system browser; the core has already checked its scheme. */
  openExternal(url: string): Promise<void>;
  /** Sends an event to the renderer. */
  emit: EventListener;
  /** Unexpected errors, for the log. */
  report(error: unknown): void;
  /** Called when the renderer has saved everything after `app.closing` and the window may close. */
  readyToClose?(): void;
  /** The clock, when not the machine's: the test harness sets it to write any day of an event. */
  now?(): Date;
}

/** The host's time now: its own clock when it has one, else the machine's. */
export function hostNow(host: HostAdapters): Date {
  return host.now?.() ?? new Date();
}
