import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/** Where every benchmark's iteration times go, by benchmark id (the ids in `results.json`). */
export const samplesFile = path.resolve(import.meta.dirname, 'tmp', 'samples.json');

/** The run's view of a benchmark: vitest keeps its result on the task, which is not public API. */
interface WithBenchmarkTask {
  task?: { result?: { benchmark?: { samples?: number[] } } };
}

/**
 * Keeps the samples that `--outputJson` leaves out (it always writes `samples: []`), so the
 * report can compute p95. Needs `benchmark.includeSamples`, else vitest drops them sooner.
 */
export default class SamplesReporter implements Reporter {
  constructor(private readonly file = samplesFile) {}

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const samples: Record<string, number[]> = {};
    for (const testModule of testModules) {
      for (const testCase of testModule.children.allTests()) {
        const found = (testCase as WithBenchmarkTask).task?.result?.benchmark?.samples;
        if (found !== undefined && found.length > 0) samples[testCase.id] = found;
      }
    }
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileSync(this.file, `${JSON.stringify(samples)}\n`);
  }
}
