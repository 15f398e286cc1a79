import { describe, expect, it } from 'vitest';
import {
  footprintLines,
  formatDuration,
  formatRatio,
  markdownTable,
  median,
  percentile,
  summariseGroup,
  summariseResults,
  withSamples,
  type BenchGroup,
  type BenchResult,
} from '../../../bench/report-table';

function result(id: string, name: string, samples: number[], reportedMedian = Number.NaN): BenchResult {
  return { id, name, samples, median: reportedMedian, sampleCount: samples.length || 5 };
}

const group: BenchGroup = {
  fullName: 'bench/open-site.bench.ts > open a site, cold',
  benchmarks: [
    result('a', 'lanyard: open', [300, 100, 200, 500, 400]),
    result('b', 'peer: hugo list all', [1000, 1200, 800, 900, 1100]),
    result('c', 'peer: jekyll read', [4000, 4000, 4000, 4000, 4000]),
  ],
};

describe('median and percentile', () => {
  it('takes the middle sample, or the mean of the middle two, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('takes p95 by nearest rank: the 19th of 20 samples, the slowest of 5', () => {
    const twenty = Array.from({ length: 20 }, (_, index) => 20 - index);
    expect(percentile(twenty, 0.95)).toBe(19);
    expect(percentile([5, 1, 4, 2, 3], 0.95)).toBe(5);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.95)).toBeNaN();
  });
});

describe('summariseGroup', () => {
  it('gives each benchmark its median, p95 and ratio to every peer', () => {
    const summary = summariseGroup(group);
    expect(summary.group).toBe('open a site, cold');
    expect(summary.peers).toEqual(['peer: hugo list all', 'peer: jekyll read']);
    expect(summary.rows[0]).toEqual({
      name: 'lanyard: open',
      medianMs: 300,
      p95Ms: 500,
      runs: 5,
      ratios: [
        { peer: 'peer: hugo list all', ratio: 0.3 },
        { peer: 'peer: jekyll read', ratio: 0.075 },
      ],
    });
    expect(summary.rows[1]!.ratios[0]!.ratio).toBe(1);
  });

  it("falls back to vitest's median, without a p95, when the results hold no samples", () => {
    const summary = summariseGroup({ fullName: 'g', benchmarks: [result('x', 'lanyard: x', [], 42)] });
    expect(summary.rows[0]).toMatchObject({ medianMs: 42, p95Ms: null, ratios: [] });
  });
});

describe('withSamples', () => {
  it('fills in samples by benchmark id, keeping samples a result already has', () => {
    const results = {
      files: [
        { filepath: 'f', groups: [{ fullName: 'g', benchmarks: [result('a', 'x', []), result('b', 'y', [9])] }] },
      ],
    };
    const [summary] = summariseResults(withSamples(results, { a: [1, 2, 3], b: [100] }));
    expect(summary!.rows.map((row) => row.medianMs)).toEqual([2, 9]);
  });
});

describe('formatting', () => {
  it('shows durations with three significant figures, in seconds from one second', () => {
    expect(formatDuration(0.038107)).toBe('0.0381 ms');
    expect(formatDuration(2.7332)).toBe('2.73 ms');
    expect(formatDuration(412.4)).toBe('412 ms');
    expect(formatDuration(4312)).toBe('4.31 s');
    expect(formatDuration(null)).toBe('—');
  });

  it('shows ratios with two significant figures below one, two decimals up to ten, fewer above', () => {
    expect(formatRatio(0.4216)).toBe('0.42×');
    expect(formatRatio(0.0123)).toBe('0.012×');
    expect(formatRatio(1)).toBe('1.00×');
    expect(formatRatio(12.54)).toBe('12.5×');
    expect(formatRatio(309.6)).toBe('310×');
    expect(formatRatio(Number.NaN)).toBe('—');
  });

  it('prints a Markdown table with a ratio column per peer', () => {
    expect(markdownTable(summariseGroup(group)).split('\n')).toEqual([
      '| benchmark | median | p95 | runs | ratio to hugo list all | ratio to jekyll read |',
      '| --- | --- | --- | --- | --- | --- |',
      '| lanyard: open | 300 ms | 500 ms | 5 | 0.30× | 0.075× |',
      '| peer: hugo list all | 1.00 s | 1.20 s | 5 | 1.00× | 0.25× |',
      '| peer: jekyll read | 4.00 s | 4.00 s | 5 | 4.00× | 1.00× |',
    ]);
  });

  it('escapes a pipe in a benchmark name so the table keeps its columns', () => {
    const table = markdownTable(summariseGroup({ fullName: 'g', benchmarks: [result('a', 'a | b', [1])] }));
    expect(table).toContain('| a \\| b |');
  });

  it('lists the footprint, saying when the heap figure is rough or watches were not counted', () => {
    const footprint = {
      posts: 10_000,
      indexHeapBytes: 52_428_800,
      heapAfterGc: true,
      directoryWatches: 3,
      watchLimit: 8192,
      indexCacheBytes: 7_340_032,
      measuredAt: '2026-01-01T00:00:00.000Z',
    };
    const lines = footprintLines(footprint);
    expect(lines).toContain('(approximate): 50.0 MB\n');
    expect(lines).toContain('directory watches (inotify): 3 (limit 8192)');
    expect(lines).toContain('index cache file: 7.0 MB');
    const rough = footprintLines({ ...footprint, heapAfterGc: false, directoryWatches: null });
    expect(rough).toContain('without a forced GC');
    expect(rough).toContain('not counted on this platform');
  });
});
