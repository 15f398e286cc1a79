import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asBenchGroup, readMeasuredGroups, writeMeasuredGroup } from '../../../bench/measured-groups';
import { summariseGroup } from '../../../bench/report-table';

let temp: string;

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-measured-'));
});

afterEach(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

const keystroke = {
  group: 'keystroke to preview DOM, 1,500 words',
  rows: [
    { name: 'lanyard: key to preview', samples: [4, 2, 3, 5, 1] },
    { name: 'peer: whole render', samples: [10, 30, 20] },
  ],
};

describe('measured groups', () => {
  it('reads back every group written, sorted by name and stamped with when it was measured', async () => {
    const dir = path.join(temp, 'measured');
    await writeMeasuredGroup(
      { group: 'start', rows: [], figures: [{ label: 'initial JS', value: '412 KB gzip' }] },
      dir,
    );
    await writeMeasuredGroup(keystroke, dir);
    const read = await readMeasuredGroups(dir);
    expect(read.map((group) => group.group)).toEqual(['keystroke to preview DOM, 1,500 words', 'start']);
    expect(read[1]!.figures).toEqual([{ label: 'initial JS', value: '412 KB gzip' }]);
    expect(Date.parse(read[0]!.measuredAt)).not.toBeNaN();
  });

  it('writing a group again replaces it rather than adding a second copy', async () => {
    await writeMeasuredGroup(keystroke, temp);
    await writeMeasuredGroup({ ...keystroke, rows: [{ name: 'lanyard: key to preview', samples: [9] }] }, temp);
    const read = await readMeasuredGroups(temp);
    expect(read).toHaveLength(1);
    expect(read[0]!.rows).toEqual([{ name: 'lanyard: key to preview', samples: [9] }]);
  });

  it('finds no groups where no browser bench has run', async () => {
    expect(await readMeasuredGroups(path.join(temp, 'missing'))).toEqual([]);
  });

  it('summarises like a vitest group: median, p95 and the ratio to the peer', () => {
    const summary = summariseGroup(asBenchGroup(keystroke));
    expect(summary.peers).toEqual(['peer: whole render']);
    expect(summary.rows[0]).toMatchObject({ medianMs: 3, p95Ms: 5, runs: 5, ratios: [{ ratio: 3 / 20 }] });
  });
});
