import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFootprint, writeFootprint } from '../../../bench/footprint-file';

let temp: string;

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-footprint-'));
});

afterEach(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

const footprint = {
  posts: 60,
  indexHeapBytes: 1_000_000,
  heapAfterGc: true,
  directoryWatches: 3,
  watchLimit: 8192,
  indexCacheBytes: 40_000,
};

describe('footprint file', () => {
  it('reads back what was written, stamped with when it was measured', async () => {
    const file = path.join(temp, 'tmp', 'footprint.json');
    await writeFootprint(footprint, file);
    const read = await readFootprint(file);
    expect(read).toMatchObject(footprint);
    expect(Date.now() - Date.parse(read!.measuredAt)).toBeLessThan(60_000);
  });

  it('reads nothing when the bench has not run', async () => {
    await expect(readFootprint(path.join(temp, 'missing.json'))).resolves.toBeNull();
  });
});
