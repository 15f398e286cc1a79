import { recordWords } from '../../events/daily-words';
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

/**
 * Records that the post `id` of the site at `root` has `words` words on the writer's `day`, and
 * answers the words written that day across every post and site.
 */
export function recordWordsToday(
  host: HostAdapters,
  root: string,
  id: string,
  words: number,
  day: string,
): { written: number } {
  // The site folder is part of the key: two sites may both have `_posts/day-1.md`.
  const { state, written } = recordWords(host.settings.get('dailyWords') ?? null, day, `${root}\0${id}`, words);
  host.settings.set('dailyWords', state);
  return { written };
}
