import { promises as fs } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { indexCacheFile } from '../src/app/node/open-site';
import { openAndList } from './lanyard-open';

/** What an open site costs besides time: the index's heap and the watches the watcher holds. */
export interface OpenSiteFootprint {
  posts: number;
  /** Heap held after a cold open, less the heap before it; includes the profile and watcher, which are small. */
  indexHeapBytes: number;
  /** False when no garbage collection could be forced first, so the figure includes garbage. */
  heapAfterGc: boolean;
  /** Kernel directory watches (inotify) the open added; null where they cannot be counted (not Linux). */
  directoryWatches: number | null;
  /** The machine's `fs.inotify.max_user_watches`, for comparison; null where unknown. */
  watchLimit: number | null;
  /** Size of the index cache file written for the site. */
  indexCacheBytes: number;
}

const settleIntervalMs = 50;
const settleRounds = 40;

/** A forced collection, when V8 lets us enable one at run time (vitest workers run without `--expose-gc`). */
function gcFunction(): (() => void) | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

function heapUsed(gc: (() => void) | null): number {
  gc?.();
  return v8.getHeapStatistics().used_heap_size;
}

/** The inotify watches this process holds: one `inotify wd:` line per watch in the fdinfo of its inotify fds. */
async function inotifyWatches(): Promise<number | null> {
  if (process.platform !== 'linux') return null;
  let total = 0;
  for (const fd of await fs.readdir('/proc/self/fd').catch(() => [])) {
    const target = await fs.readlink(`/proc/self/fd/${fd}`).catch(() => '');
    if (target !== 'anon_inode:inotify') continue;
    const info = await fs.readFile(`/proc/self/fdinfo/${fd}`, 'utf8').catch(() => '');
    total += info.split('\n').filter((line) => line.startsWith('inotify wd:')).length;
  }
  return total;
}

/** The watcher attaches its folder watches after the open resolves; wait until the count stops moving. */
async function settledWatches(): Promise<number | null> {
  let last = await inotifyWatches();
  for (let round = 0; round < settleRounds && last !== null; round++) {
    await new Promise((resolve) => setTimeout(resolve, settleIntervalMs));
    const now = await inotifyWatches();
    if (now === last) return now;
    last = now;
  }
  return last;
}

async function watchLimit(): Promise<number | null> {
  const text = await fs.readFile('/proc/sys/fs/inotify/max_user_watches', 'utf8').catch(() => null);
  return text === null ? null : Number(text.trim());
}

/**
 * Opens `root` cold with a fresh `userDataDir` and measures what the open holds. Approximate:
 * the heap is measured around the open in a process that does other work too.
 */
export async function measureOpenSiteFootprint(root: string, userDataDir: string): Promise<OpenSiteFootprint> {
  const gc = gcFunction();
  const watchesBefore = await inotifyWatches();
  const heapBefore = heapUsed(gc);
  const { core, posts } = await openAndList(root, userDataDir);
  const watchesAfter = await settledWatches();
  const heapAfter = heapUsed(gc);
  await core.dispose();
  const cache = await fs.stat(indexCacheFile(userDataDir, path.resolve(root)));
  return {
    posts: posts.length,
    indexHeapBytes: heapAfter - heapBefore,
    heapAfterGc: gc !== null,
    directoryWatches: watchesBefore === null || watchesAfter === null ? null : watchesAfter - watchesBefore,
    watchLimit: await watchLimit(),
    indexCacheBytes: cache.size,
  };
}
