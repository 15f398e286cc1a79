import { defaultWritingSettings, type WritingSettings } from '../../events/writing-settings';
import type { HostAdapters } from './host-adapters';

/** The writer's writing settings, defaults where unset. */
export function writingSettingsOf(host: HostAdapters): WritingSettings {
  return { ...defaultWritingSettings, ...host.settings.get('writing') };
}

/** Stores the settings the patch gives, keeping the others. */
export function updateWritingSettings(host: HostAdapters, patch: Partial<WritingSettings>): WritingSettings {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  host.settings.set('writing', { ...host.settings.get('writing'), ...defined });
  return writingSettingsOf(host);
}
