import type { LanyardApi } from '../../../src/api/client';
import type { WritingSettings } from '../../../src/events/writing-settings';
import { useLoaded } from '../hooks/useLoaded';

/** The writer's settings and a way to replace them once saved. */
export interface WritingSettingsState {
  /** Null until the main process answers, and after it failed to. */
  settings: WritingSettings | null;
  setSettings: (settings: WritingSettings) => void;
}

/**
 * Loads the writer's settings once. A failed read is reported and leaves them null rather than
 * the defaults, so a dialog cannot save the defaults over settings that are still on disk.
 */
export function useWritingSettings(api: LanyardApi, report: (error: unknown) => void): WritingSettingsState {
  const [settings, setSettings] = useLoaded(api.writing.settings, null, null, report);
  return { settings, setSettings };
}
