import { createHook } from 'node:async_hooks';
import path from 'node:path';
import { repoRoot } from '../../tests/e2e/support/paths';

/** A Node timer or immediate that fired while the window was open, and where it was made. */
export interface CoreTimer {
  type: 'Timeout' | 'Immediate';
  /** Stack lines where it was created, innermost first; empty when it was made before tracking began. */
  stack: string[];
}

/** Counts timers firing in this process, by what created them; start it before the core exists. */
export interface CoreTimerLog {
  /** Forgets earlier firings and starts logging. */
  open(): void;
  /** Stops logging and returns what fired since `open`. */
  close(): CoreTimer[];
  /** Stops tracking altogether. */
  dispose(): void;
}

const timerTypes = new Set(['Timeout', 'Immediate']);

/**
 * Tracks every `Timeout` and `Immediate` made in this process — `setTimeout`, `setInterval`,
 * `setImmediate` and their `node:timers/promises` forms alike — with the stack that made it,
 * and logs each one that fires while the log is open. File watches are events, not timers, so
 * they do not show here; a polling fallback would.
 */
export function trackCoreTimers(): CoreTimerLog {
  const made = new Map<number, CoreTimer>();
  let fired: CoreTimer[] = [];
  let open = false;
  const hook = createHook({
    init(asyncId, type) {
      if (!timerTypes.has(type)) return;
      const stack = (new Error().stack ?? '').split('\n').slice(1);
      made.set(asyncId, { type: type as CoreTimer['type'], stack });
    },
    before(asyncId) {
      const timer = made.get(asyncId);
      if (open && timer) fired.push(timer);
    },
    destroy(asyncId) {
      made.delete(asyncId);
    },
  });
  hook.enable();
  return {
    open() {
      fired = [];
      open = true;
    },
    close() {
      open = false;
      return fired.splice(0);
    },
    dispose() {
      hook.disable();
      made.clear();
    },
  };
}

const coreFolder = `${path.join(repoRoot, 'src')}${path.sep}`;

/** Whether Lanyard's core (the repository's `src/`) made the timer, rather than Playwright or the bench. */
export function isCoreTimer(timer: CoreTimer): boolean {
  return timer.stack.some((line) => line.includes(coreFolder));
}
