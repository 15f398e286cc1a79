import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BenchGroup } from './report-table';

/** One measured row: its samples are milliseconds, as vitest's are. */
export interface MeasuredRow {
  name: string;
  samples: number[];
}

/**
 * Figures a benchmark measured itself (in a browser page, say) rather than through vitest's
 * loop: timed rows summarised like any group (name peers `peer: …`), plus figures that are not
 * times (sizes, counts, heap), printed as a list under the table.
 */
export interface MeasuredGroup {
  group: string;
  rows: MeasuredRow[];
  figures?: Array<{ label: string; value: string }>;
}

/** The group with when it was measured, so the report never passes off an old figure as new. */
export interface RecordedMeasuredGroup extends MeasuredGroup {
  measuredAt: string;
}

/** Where measured groups wait for the report (git-ignored). */
export const measuredDir = path.resolve(import.meta.dirname, 'tmp', 'measured');

function fileName(group: string): string {
  return `${group
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}.json`;
}

export async function writeMeasuredGroup(group: MeasuredGroup, dir = measuredDir): Promise<void> {
  const recorded: RecordedMeasuredGroup = { ...group, measuredAt: new Date().toISOString() };
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, fileName(group.group)), `${JSON.stringify(recorded, null, 2)}\n`);
}

/** Every group recorded in `dir`, by name; none when no browser bench has run here. */
export async function readMeasuredGroups(dir = measuredDir): Promise<RecordedMeasuredGroup[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const groups = await Promise.all(
    names
      .filter((name) => name.endsWith('.json'))
      .map(async (name) => JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')) as RecordedMeasuredGroup),
  );
  return groups.sort((a, b) => a.group.localeCompare(b.group));
}

/** The group in the shape of vitest's results, so the report summarises it the same way. */
export function asBenchGroup(group: MeasuredGroup): BenchGroup {
  return {
    fullName: group.group,
    benchmarks: group.rows.map((row) => ({
      id: `${group.group} > ${row.name}`,
      name: row.name,
      samples: row.samples,
      median: Number.NaN,
      sampleCount: row.samples.length,
    })),
  };
}
