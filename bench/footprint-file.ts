import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { OpenSiteFootprint } from './open-site-memory';

/** Where the open-site bench leaves its memory and watch figures for the report (git-ignored). */
export const footprintFile = path.resolve(import.meta.dirname, 'tmp', 'open-site-footprint.json');

/** The footprint with when it was measured, so a report never passes off an old figure as new. */
export interface RecordedFootprint extends OpenSiteFootprint {
  measuredAt: string;
}

export async function writeFootprint(footprint: OpenSiteFootprint, file = footprintFile): Promise<void> {
  const recorded: RecordedFootprint = { ...footprint, measuredAt: new Date().toISOString() };
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${JSON.stringify(recorded, null, 2)}\n`);
}

/** The last footprint recorded, or null when the open-site bench has not run here. */
export async function readFootprint(file = footprintFile): Promise<RecordedFootprint | null> {
  const text = await fs.readFile(file, 'utf8').catch(() => null);
  return text === null ? null : (JSON.parse(text) as RecordedFootprint);
}
