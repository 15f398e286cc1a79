import type { Page } from '@playwright/test';

/** A way page code asks to run later; each firing is one wake-up of the renderer's main thread. */
export type WakeupKind = 'setTimeout' | 'setInterval' | 'requestAnimationFrame' | 'requestIdleCallback' | 'postMessage';

/** A callback that ran while the window was open, with the stack that scheduled it. */
export interface Wakeup {
  kind: WakeupKind;
  /** `new Error().stack` lines where it was scheduled, the innermost first. */
  stack: string[];
}

/** Who scheduled a wake-up, from the file names of the built renderer's chunks (see electron.vite.config.ts). */
export type WakeupSource = 'app' | 'react' | 'codemirror' | 'other library' | 'harness';

/** The page global through which the bench opens and closes the window. */
const logName = '__lanyardWakeups';

interface WakeupLog {
  open: boolean;
  fired: Wakeup[];
}

/**
 * Runs in the page before anything else: wraps the timer, frame, idle and message-port APIs
 * so every callback that runs while `open` is set is logged with the stack that asked for it.
 * React's scheduler posts to a MessageChannel for each task; a post is logged when made.
 */
function installWakeupLog(name: string): void {
  Error.stackTraceLimit = 60;
  const log: WakeupLog = { open: false, fired: [] };
  Object.defineProperty(window, name, { value: log });
  const stack = () => (new Error().stack ?? '').split('\n').slice(3);
  const record = (kind: WakeupKind, scheduledBy: string[]) => {
    if (log.open) log.fired.push({ kind, stack: scheduledBy });
  };
  type Callback = (...args: unknown[]) => unknown;
  const wrapScheduler = (kind: WakeupKind) => {
    const target = window as unknown as Record<string, (callback: unknown, ...rest: unknown[]) => unknown>;
    const original = target[kind];
    if (typeof original !== 'function') return;
    target[kind] = function (this: unknown, callback: unknown, ...rest: unknown[]) {
      if (typeof callback !== 'function') return original.call(window, callback, ...rest);
      const scheduledBy = stack();
      const wrapped = function (this: unknown, ...args: unknown[]) {
        record(kind, scheduledBy);
        return (callback as Callback).apply(this, args);
      };
      return original.call(window, wrapped, ...rest);
    };
  };
  for (const kind of ['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback'] as const) {
    wrapScheduler(kind);
  }
  const port = MessagePort.prototype as unknown as { postMessage: Callback };
  const post = port.postMessage;
  port.postMessage = function (this: MessagePort, ...args: unknown[]) {
    record('postMessage', stack());
    return post.apply(this, args);
  };
}

/** The page script that logs wake-ups; install it before the app (see `withInitScript`). */
export function wakeupLogScript(): string {
  return `(${installWakeupLog.toString()})(${JSON.stringify(logName)});`;
}

/** Starts logging wake-ups in the page, forgetting any logged before. */
export async function openWakeupWindow(page: Page): Promise<void> {
  await page.evaluate((name) => {
    const log = (window as unknown as Record<string, WakeupLog>)[name];
    if (!log) throw new Error('The wake-up log is not installed in this page');
    log.fired.length = 0;
    log.open = true;
  }, logName);
}

/** Stops logging and returns what ran since `openWakeupWindow`. */
export async function closeWakeupWindow(page: Page): Promise<Wakeup[]> {
  return page.evaluate((name) => {
    const log = (window as unknown as Record<string, WakeupLog>)[name];
    if (!log) throw new Error('The wake-up log is not installed in this page');
    log.open = false;
    return log.fired.splice(0);
  }, logName);
}

/** How many wake-ups the page logged so far in the open window, without closing it. */
export async function wakeupsSoFar(page: Page): Promise<number> {
  return page.evaluate((name) => (window as unknown as Record<string, WakeupLog>)[name]?.fired.length ?? 0, logName);
}

/** The chunk file a stack line points into, when it is one of the renderer's `/assets/` scripts. */
function chunkOf(line: string): string | null {
  return /\/assets\/([^/?#:)\s]+\.m?js)/.exec(line)?.[1] ?? null;
}

function sourceOfChunk(chunk: string): WakeupSource {
  if (chunk.startsWith('vendor-react')) return 'react';
  if (chunk.startsWith('vendor-codemirror')) return 'codemirror';
  if (chunk.startsWith('vendor-')) return 'other library';
  return 'app';
}

/**
 * Who scheduled a wake-up: the chunk of the innermost stack line in the built renderer. Third-
 * party code is built into `vendor-*` chunks, so any other chunk is the app's own code; a stack
 * with no renderer chunk at all comes from the harness (its bridge, Playwright's evaluations).
 */
export function wakeupSource(stack: readonly string[]): WakeupSource {
  for (const line of stack) {
    const chunk = chunkOf(line);
    if (chunk !== null) return sourceOfChunk(chunk);
  }
  return 'harness';
}
