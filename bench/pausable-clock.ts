/**
 * A clock for tinybench's `now` option that stops while untimed work runs inside an iteration.
 * Vitest's `bench` has no per-iteration hooks, so cleaning up after one open (waiting for its
 * cache write, closing its watcher) happens inside the measured function, off the clock.
 */
export interface PausableClock {
  now: () => number;
  untimed: <T>(work: () => Promise<T>) => Promise<T>;
}

export function pausableClock(): PausableClock {
  let paused = 0;
  return {
    now: () => performance.now() - paused,
    async untimed(work) {
      const start = performance.now();
      try {
        return await work();
      } finally {
        paused += performance.now() - start;
      }
    },
  };
}
