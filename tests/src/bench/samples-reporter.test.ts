import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestModule } from 'vitest/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SamplesReporter from '../../../bench/samples-reporter';

let temp: string;

beforeEach(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-samples-'));
});

afterEach(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

/** A module as vitest hands it to reporters, with benchmark results on the (internal) tasks. */
function testModule(cases: Array<{ id: string; samples?: number[] }>): TestModule {
  const tests = cases.map(({ id, samples }) => ({
    id,
    task: { result: samples === undefined ? undefined : { benchmark: { samples } } },
  }));
  return { children: { allTests: () => tests.values() } } as unknown as TestModule;
}

describe('SamplesReporter', () => {
  it("writes every benchmark's samples by id, leaving out those without any", async () => {
    const file = path.join(temp, 'tmp', 'samples.json');
    new SamplesReporter(file).onTestRunEnd([
      testModule([
        { id: 'a', samples: [1, 2, 3] },
        { id: 'b', samples: [] },
      ]),
      testModule([{ id: 'c' }, { id: 'd', samples: [4] }]),
    ]);
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual({ a: [1, 2, 3], d: [4] });
  });
});
