import type { SiteImageSettings } from '../../../src/images/image-settings';
import { messageOf } from '../lanyard-api';
import type { BatchOutcome, BatchProgress } from './import-batch';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "Importing stage.jpg…" for one photo; "Importing photos: 3 of 20" (the one under way) for more. */
export function progressText({ done, total, current }: BatchProgress): string {
  if (total === 1) return current ? `Importing ${current}…` : 'Importing the photo…';
  return `Importing photos: ${Math.min(done + 1, total)} of ${total}`;
}

/**
 * What to say once a batch ends: null when every photo went in (the photos say it), else how
 * many did. A single photo's failure is said by its own message alone.
 */
export function summaryText({ total, imported, failed, stopped }: BatchOutcome): string | null {
  if (stopped) return `Import stopped — ${imported} of ${plural(total, 'photo', 'photos')} added`;
  if (failed === 0 || total === 1) return null;
  return `Imported ${imported} of ${total} — ${failed} failed`;
}

/** The alert for one photo that failed; names the photo unless the message already does. */
export function failureMessage(name: string, error: unknown): string {
  const message = messageOf(error);
  return message.includes(name) ? message : `${name} could not be imported: ${message}`;
}

/** Why photos are linked with Markdown though the writer chose HTML; null when they are linked as chosen. */
export function linkStyleNote({ linkStyle, htmlDropped }: SiteImageSettings): string | null {
  if (htmlDropped === null || linkStyle === 'markdown') return null;
  return `Photos are linked with Markdown here, not as ${linkStyle === 'figure' ? '<figure>' : '<img>'}: ${htmlDropped}`;
}
