import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTrustFigures, recordTrustFigure, trustTable } from './trust-figures';

let temp: string;

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-trust-'));
});

afterEach(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

const kills = {
  area: 'Nothing lost',
  what: 'posts saved and killed with SIGKILL mid-write',
  tried: 1200,
  failure: 'a file empty, truncated or mixed',
  failed: 0,
};

describe('trust figures', () => {
  it('reads back every figure recorded, by area, and a second recording replaces the first', () => {
    recordTrustFigure({ ...kills, failed: 3 }, temp);
    recordTrustFigure(kills, temp);
    recordTrustFigure({ area: 'Nothing injected', what: 'XSS payloads', tried: 160, failure: 'ran', failed: 0 }, temp);
    expect(readTrustFigures(temp).map((figure) => [figure.area, figure.failed])).toEqual([
      ['Nothing injected', 0],
      ['Nothing lost', 0],
    ]);
  });

  it('prints one table row per figure, with thousands separated and pipes escaped', () => {
    const table = trustTable([{ ...kills, what: 'a | b' }]);
    expect(table.split('\n')).toEqual([
      '| area | what the suite tries | tried | what must not happen | happened | target |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Nothing lost | a \\| b | 1,200 | a file empty, truncated or mixed | 0 | 0 |',
    ]);
  });

  it('finds no figures where the suite has not run', () => {
    expect(readTrustFigures(path.join(temp, 'missing'))).toEqual([]);
  });
});
