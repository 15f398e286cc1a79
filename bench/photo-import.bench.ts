import { execFile } from 'node:child_process';
import { promises as fs, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import sharp from 'sharp';
import { bench, describe } from 'vitest';
import { IMPORTS_AT_ONCE, ImportBatch } from '../renderer/src/images/import-batch';
import { defaultImageSettings } from '../src/images/image-settings';
import {
  createPhotoSite,
  importPhotoFile,
  inspectOutput,
  twelveMegapixels,
  writeCameraPhotos,
  type PhotoOutcome,
  type PhotoSite,
} from './fixtures/photos';

const run = promisify(execFile);
const scratch = path.resolve(import.meta.dirname, 'tmp', 'photo-import');
const batchSize = 20;
/** The batch target is for 2 cores: peers convert two photos at a time, as Lanyard does. */
const peerParallelism = 2;
const seed = 2026;
const longEdge = defaultImageSettings.maxEdge;
const quality = defaultImageSettings.quality;
/** Each iteration takes a second or more (a batch, tens of seconds): a few of them. */
const onePhoto = { iterations: 8, time: 0, warmupIterations: 1, warmupTime: 0 };
// The single-photo group has warmed every program and the disk cache up already.
const aBatch = { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 };

/** A command-line tool doing the same job: read, turn upright, fit inside 2000 px, strip, encode. */
interface Peer {
  label: string;
  command: string;
  args: (input: string, output: string) => string[];
}

async function runs(command: string, args: string[]): Promise<string | null> {
  return run(command, args).then(
    ({ stdout }) => stdout,
    () => null,
  );
}

// IM7 names its tool `magick`; `convert` may also be Windows' disk converter, so the banner is checked.
async function findImageMagick(): Promise<Peer | null> {
  for (const command of ['magick', 'convert']) {
    if (!(await runs(command, ['-version']))?.includes('ImageMagick')) continue;
    const flags = ['-auto-orient', '-resize', `${longEdge}x${longEdge}`, '-strip', '-quality', String(quality)];
    return {
      label: `peer: ${command} ${flags.join(' ')}`,
      command,
      args: (input, output) => [input, ...flags, output],
    };
  }
  return null;
}

// vipsthumbnail turns photos upright by default; `strip` is spelled `keep=none` from libvips 8.15 on, and still accepted.
async function findVipsthumbnail(): Promise<Peer | null> {
  if ((await runs('vipsthumbnail', ['--version'])) === null) return null;
  const options = `[Q=${quality},strip]`;
  return {
    label: `peer: vipsthumbnail --size ${longEdge}x${longEdge} -o out.jpg${options}`,
    command: 'vipsthumbnail',
    args: (input, output) => [input, '--size', `${longEdge}x${longEdge}`, '-o', `${output}${options}`],
  };
}

/** Runs `work` on every item, `parallelism` at a time. */
async function inParallel<T>(items: readonly T[], parallelism: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) await work(items[index] as T);
  };
  await Promise.all(Array.from({ length: parallelism }, worker));
}

/** The largest resident size since `reset`, from the kernel; Linux only. */
function kernelPeakRss(): { reset: () => void; peak: () => number } | null {
  const status = () => readFileSync('/proc/self/status', 'utf8');
  const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status())?.[1]) * 1024;
  const reset = () => writeFileSync('/proc/self/clear_refs', '5');
  try {
    reset();
    return Number.isFinite(kilobytes('VmHWM')) ? { reset, peak: () => kilobytes('VmHWM') } : null;
  } catch {
    return null;
  }
}

/** Collects garbage, then waits (up to 3 s) until the freed pages have left the resident size. */
async function settleMemory(): Promise<void> {
  // Vitest's workers run without --expose-gc; V8 still hands `gc` to contexts made after this flag.
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  let previous = process.memoryUsage().rss;
  for (let waited = 0; waited < 3000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = process.memoryUsage().rss;
    if (Math.abs(now - previous) < 1e6) return;
    previous = now;
  }
}

const megabytes = (bytes: number) => Math.round(bytes / 1e5) / 10;

/**
 * One cold import, the first in this process, with memory watched around it: the kernel's
 * peak resident size (reset just before) where there is one, and `rss` sampled every
 * millisecond everywhere; libvips' own tracked high-water mark comes from `sharp.cache()`.
 */
async function measureImportMemory(site: PhotoSite, photo: string) {
  const kernel = kernelPeakRss();
  await settleMemory();
  kernel?.reset();
  // Right after the reset the kernel's peak is the resident size: the baseline, read the same way.
  const baseline = kernel?.peak() ?? process.memoryUsage().rss;
  let sampledPeak = baseline;
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss)), 1);
  const vipsBefore = sharp.cache().memory;
  const imported = await importPhotoFile(site, photo, '_posts/2026-05-01-memory.md');
  const kernelPeak = kernel?.peak() ?? null;
  clearInterval(sampler);
  const vipsAfter = sharp.cache().memory;
  await settleMemory();
  const memory = {
    baselineRssMB: megabytes(baseline),
    peakGrowthMB: kernelPeak === null ? null : megabytes(kernelPeak - baseline),
    sampledPeakGrowthMB: megabytes(sampledPeak - baseline),
    retainedAfterGcMB: megabytes(process.memoryUsage().rss - baseline),
    // sharp gives these in MB; the high-water mark is the whole process's, never reset.
    libvipsTrackedHighMB: { before: vipsBefore.high, after: vipsAfter.high },
  };
  return { memory, written: imported.written };
}

function describeOutcome({ width, height, bytes, stripped, upright }: PhotoOutcome): string {
  const notes = [stripped ? 'stripped' : 'METADATA KEPT', upright ? 'upright' : 'NOT UPRIGHT'];
  return `${width}×${height}, ${Math.round(bytes / 1024)} KB, ${notes.join(', ')}`;
}

// Stored 4000×3000 with orientation 6, the upright photo is portrait: 1500×2000.
function comparable(outcome: PhotoOutcome): boolean {
  const { width, height } = twelveMegapixels;
  const expected = { width: Math.round((height * longEdge) / width), height: longEdge };
  return outcome.width === expected.width && outcome.height === expected.height && outcome.stripped && outcome.upright;
}

await fs.rm(scratch, { recursive: true, force: true });
const peerOutput = path.join(scratch, 'peer-output');
await fs.mkdir(peerOutput, { recursive: true });
const photoFolder = path.join(scratch, 'photos');
const [photo = ''] = await writeCameraPhotos(photoFolder, [seed]);
const site = await createPhotoSite(scratch);
// Before the rest of the batch is painted, whose hundreds of MB would blur the baseline.
const measured = await measureImportMemory(site, photo);
const otherSeeds = Array.from({ length: batchSize - 1 }, (_, index) => seed + 1 + index);
const photos = [photo, ...(await writeCameraPhotos(photoFolder, otherSeeds))];
console.log(`Photo import: ${os.availableParallelism()} cores, sharp concurrency ${sharp.concurrency()}.`);
console.log('Memory of one 12 MP import (cold, first in this process):', measured.memory);

// Correctness once, off the clock: every contender must give the same kind of result.
const lanyardOutcome = await inspectOutput(measured.written);
console.log(`  lanyard: ${describeOutcome(lanyardOutcome)}`);
if (!comparable(lanyardOutcome)) throw new Error(`Lanyard's import is wrong: ${describeOutcome(lanyardOutcome)}`);
const peers: Peer[] = [];
for (const [name, peer] of [
  ['ImageMagick (magick or convert)', await findImageMagick()],
  ['vipsthumbnail (libvips-tools)', await findVipsthumbnail()],
] as const) {
  if (peer === null) {
    console.warn(`Skipping the peer ${name}: it is not installed.`);
    continue;
  }
  const output = path.join(peerOutput, `check-${peer.command}.jpg`);
  await run(peer.command, peer.args(photo, output));
  const outcome = await inspectOutput(output);
  console.log(`  ${peer.command}: ${describeOutcome(outcome)}`);
  if (comparable(outcome)) peers.push(peer);
  else console.warn(`Skipping the peer ${name}: its result is not comparable (${describeOutcome(outcome)}).`);
}

let imports = 0;
// A fresh import log each time, or the same photo would be recognised and linked again unprocessed.
const freshLog = (): PhotoSite => ({ ...site, userDataDir: path.join(scratch, `user-data-${++imports}`) });

describe(`import one 12 MP photo (JPEG, orientation 6, GPS) → ${longEdge} px, stripped`, () => {
  bench(
    'lanyard: read the file, importImage (orient, resize, strip, encode, write, log)',
    async () => {
      // The post gives the file its name (`single-3-0001.jpg`), so no name is ever taken.
      await importPhotoFile(freshLog(), photo, `_posts/2026-05-01-single-${imports}.md`);
    },
    onePhoto,
  );
  for (const peer of peers) {
    const output = path.join(peerOutput, `single-${peer.command}.jpg`);
    bench(peer.label, async () => void (await run(peer.command, peer.args(photo, output))), onePhoto);
  }
});

describe(`import a batch of ${batchSize} 12 MP photos`, () => {
  bench(
    `lanyard: ImportBatch, ${IMPORTS_AT_ONCE} at a time with one cancel signal, as the renderer runs a batch`,
    async () => {
      const batchSite = freshLog();
      const postId = `_posts/2026-05-01-batch-${imports}.md`;
      const cancel = new AbortController();
      const failures: string[] = [];
      const batch = new ImportBatch(
        photos.map((file) => ({ name: path.basename(file), file })),
        {
          importOne: ({ file }) => importPhotoFile(batchSite, file, postId, cancel.signal),
          place: () => undefined,
          fail: ({ name }, error) => failures.push(`${name}: ${String(error)}`),
          progress: () => undefined,
        },
      );
      const outcome = await batch.run();
      if (outcome.imported !== batchSize) {
        throw new Error(`The batch imported ${outcome.imported} of ${batchSize}: ${failures.join('; ')}`);
      }
    },
    aBatch,
  );
  for (const peer of peers) {
    const output = (file: string) => path.join(peerOutput, `batch-${peer.command}-${path.basename(file)}`);
    bench(
      `${peer.label}, ${peerParallelism} at a time`,
      () => inParallel(photos, peerParallelism, (file) => run(peer.command, peer.args(file, output(file)))),
      aBatch,
    );
  }
});
