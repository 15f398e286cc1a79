import { setImmediate as nextTurn } from 'node:timers/promises';

/** Long enough to amortise a turn of the event loop, short enough that IPC and watchers never wait a frame. */
const sliceMs = 8;

/**
 * Runs a synchronous `task` over `items`, giving the event loop a turn whenever a slice has run
 * for a few milliseconds, so thousands of small file reads neither block the process nor pay
 * the thread pool's round trip each.
 */
export async function forEachInSlices<T>(items: Iterable<T>, task: (item: T) => void): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    task(item);
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}
