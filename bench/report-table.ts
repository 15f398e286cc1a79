import type { RecordedFootprint } from './footprint-file';

/** One benchmark as vitest's `--outputJson` writes it (the fields the report reads). */
export interface BenchResult {
  id: string;
  name: string;
  /** Every iteration's time in ms; empty unless `benchmark.includeSamples` is on. */
  samples: number[];
  median: number;
  sampleCount: number;
}

export interface BenchGroup {
  fullName: string;
  benchmarks: BenchResult[];
}

export interface BenchResults {
  files: Array<{ filepath: string; groups: BenchGroup[] }>;
}

export interface RowSummary {
  name: string;
  medianMs: number;
  /** Null when the results hold no samples to take it from. */
  p95Ms: number | null;
  runs: number;
  /** This row's median over each peer's, in the order of the group's peers. */
  ratios: Array<{ peer: string; ratio: number }>;
}

export interface GroupSummary {
  group: string;
  peers: string[];
  rows: RowSummary[];
}

const peerPrefix = 'peer:';

function sorted(samples: readonly number[]): number[] {
  return [...samples].sort((a, b) => a - b);
}

/** The middle sample, or the mean of the two middle ones, as vitest computes it. */
export function median(samples: readonly number[]): number {
  const values = sorted(samples);
  if (values.length === 0) return Number.NaN;
  const middle = Math.floor(values.length / 2);
  return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

/** Nearest-rank percentile, as tinybench computes p75 and p99; with 5 samples, p95 is the slowest. */
export function percentile(samples: readonly number[], fraction: number): number {
  const values = sorted(samples);
  if (values.length === 0) return Number.NaN;
  return values[Math.min(values.length, Math.max(1, Math.ceil(values.length * fraction))) - 1]!;
}

export function isPeer(name: string): boolean {
  return name.startsWith(peerPrefix);
}

/** The group's name without the file it is in: `bench/a.bench.ts > group` → `group`. */
function groupTitle(fullName: string): string {
  const separator = fullName.indexOf(' > ');
  return separator === -1 ? fullName : fullName.slice(separator + 3);
}

/** Median, p95 and the ratio to every peer (benchmarks named `peer: …`) of each benchmark in a group. */
export function summariseGroup(group: BenchGroup): GroupSummary {
  const rows = group.benchmarks.map((result) => ({
    name: result.name,
    medianMs: result.samples.length > 0 ? median(result.samples) : result.median,
    p95Ms: result.samples.length > 0 ? percentile(result.samples, 0.95) : null,
    runs: result.sampleCount,
  }));
  const peers = rows.filter((row) => isPeer(row.name));
  return {
    group: groupTitle(group.fullName),
    peers: peers.map((peer) => peer.name),
    rows: rows.map((row) => ({
      ...row,
      ratios: peers.map((peer) => ({ peer: peer.name, ratio: row.medianMs / peer.medianMs })),
    })),
  };
}

/** The results with each benchmark's samples filled in from `samples` (by id), where it has none. */
export function withSamples(results: BenchResults, samples: Readonly<Record<string, number[]>>): BenchResults {
  return {
    files: results.files.map((file) => ({
      ...file,
      groups: file.groups.map((group) => ({
        ...group,
        benchmarks: group.benchmarks.map((result) => ({
          ...result,
          samples: result.samples.length > 0 ? result.samples : (samples[result.id] ?? []),
        })),
      })),
    })),
  };
}

export function summariseResults(results: BenchResults): GroupSummary[] {
  return results.files.flatMap((file) => file.groups.map(summariseGroup));
}

/** `0.0381 ms`, `2.73 ms`, `412 ms`, `4.31 s`: three significant figures, seconds from one second. */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toPrecision(3)} ms`;
}

/** `0.075×`, `0.42×`, `1.00×`, `12.5×`, `310×`: two significant figures below one, so small ratios stay readable. */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '—';
  if (ratio >= 100) return `${Math.round(ratio)}×`;
  if (ratio >= 10) return `${ratio.toFixed(1)}×`;
  return ratio >= 1 ? `${ratio.toFixed(2)}×` : `${ratio.toPrecision(2)}×`;
}

function peerLabel(peer: string): string {
  return peer.slice(peerPrefix.length).trim();
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The group as a Markdown table: benchmark | median | p95 | runs | one ratio column per peer. */
export function markdownTable(summary: GroupSummary): string {
  const header = ['benchmark', 'median', 'p95', 'runs', ...summary.peers.map((peer) => `ratio to ${peerLabel(peer)}`)];
  const lines = [header, header.map(() => '---')].map((cells) => `| ${cells.map(escapeCell).join(' | ')} |`);
  for (const row of summary.rows) {
    const cells = [
      row.name,
      formatDuration(row.medianMs),
      formatDuration(row.p95Ms),
      String(row.runs),
      ...row.ratios.map(({ ratio }) => formatRatio(ratio)),
    ];
    lines.push(`| ${cells.map(escapeCell).join(' | ')} |`);
  }
  return lines.join('\n');
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The memory and watch figures of the open-site bench, as a short Markdown list. */
export function footprintLines(footprint: RecordedFootprint): string {
  const heap = `${megabytes(footprint.indexHeapBytes)}${footprint.heapAfterGc ? '' : ' (without a forced GC, so rough)'}`;
  const watches =
    footprint.directoryWatches === null
      ? 'not counted on this platform'
      : `${footprint.directoryWatches}${footprint.watchLimit === null ? '' : ` (limit ${footprint.watchLimit})`}`;
  return [
    `- posts: ${footprint.posts}`,
    `- heap held by the open site after a cold open (approximate): ${heap}`,
    `- directory watches (inotify): ${watches}`,
    `- index cache file: ${megabytes(footprint.indexCacheBytes)}`,
    `- measured at ${footprint.measuredAt}`,
  ].join('\n');
}
