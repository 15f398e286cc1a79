import type { CDPSession, Page } from '@playwright/test';
import type { LanyardCore } from '../../src/app/node/lanyard-core';
import { isCoreTimer, type CoreTimerLog } from './idle-core-timers';
import { closeWakeupWindow, openWakeupWindow, wakeupSource, type Wakeup, type WakeupSource } from './idle-wakeups';

/** What happened in one idle window, in the page and in the core. */
export interface IdleWindow {
  milliseconds: number;
  wakeups: Wakeup[];
  /** Timers that fired in the core (the repository's `src/`). */
  coreTimers: number;
  /** Timers that fired in the bench process outside the core: Playwright, the bench's own wait. */
  otherTimers: number;
  /** IPC calls the page made, by channel. */
  ipcCalls: string[];
  /** The renderer's main thread, from Chromium's own counters. */
  mainThread: { taskMs: number; scriptMs: number; styleRecalcs: number; layouts: number };
}

/** Counts the page's calls into the core, as the main process would see IPC messages. */
export interface IpcLog {
  calls: string[];
  inFlight: number;
}

/** Wraps the core's dispatcher so every call from the page is logged; the harness calls it per message. */
export function logIpc(core: LanyardCore): IpcLog {
  const log: IpcLog = { calls: [], inFlight: 0 };
  const dispatcher = core.dispatcher;
  const invoke = dispatcher.invoke.bind(dispatcher);
  dispatcher.invoke = async (channel, arg) => {
    log.calls.push(String(channel));
    log.inFlight++;
    try {
      return await invoke(channel, arg);
    } finally {
      log.inFlight--;
    }
  };
  return log;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function mainThreadCounters(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return new Map(metrics.map((metric) => [metric.name, metric.value]));
}

/** The world an idle window watches. */
export interface IdleWatch {
  page: Page;
  cdp: CDPSession;
  timers: CoreTimerLog;
  ipc: IpcLog;
}

/** Watches `milliseconds` of doing nothing. */
export async function watchIdle(watch: IdleWatch, milliseconds: number): Promise<IdleWindow> {
  const { page, cdp, timers, ipc } = watch;
  const before = await mainThreadCounters(cdp);
  ipc.calls.length = 0;
  await openWakeupWindow(page);
  timers.open();
  await pause(milliseconds);
  const fired = timers.close();
  const wakeups = await closeWakeupWindow(page);
  const calls = ipc.calls.splice(0);
  const after = await mainThreadCounters(cdp);
  const delta = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
  const coreTimers = fired.filter(isCoreTimer).length;
  return {
    milliseconds,
    wakeups,
    coreTimers,
    otherTimers: fired.length - coreTimers,
    ipcCalls: calls,
    mainThread: {
      taskMs: delta('TaskDuration') * 1000,
      scriptMs: delta('ScriptDuration') * 1000,
      styleRecalcs: delta('RecalcStyleCount'),
      layouts: delta('LayoutCount'),
    },
  };
}

/**
 * Waits until the app is quiet: a stretch of `quietMs` with no wake-up in the page and no IPC
 * call in flight. Returns how long that took, or null when it never got quiet within `maxMs`
 * (something keeps waking up: the window that follows will show what).
 */
export async function settle(watch: IdleWatch, quietMs: number, maxMs: number): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < maxMs) {
    await openWakeupWindow(watch.page);
    await pause(quietMs);
    const wakeups = await closeWakeupWindow(watch.page);
    if (wakeups.length === 0 && watch.ipc.inFlight === 0) return performance.now() - started;
  }
  return null;
}

/** A window's wake-ups counted by who scheduled them, with the core's timers and IPC calls, in a line. */
export function describeWakeups(window: IdleWindow): string {
  const count = (source: WakeupSource) =>
    window.wakeups.filter((wakeup) => wakeupSource(wakeup.stack) === source).length;
  return (
    `app ${count('app')}, React ${count('react')}, CodeMirror ${count('codemirror')}, ` +
    `other libraries ${count('other library')}, harness ${count('harness')}; ` +
    `core timers ${window.coreTimers}; IPC calls ${window.ipcCalls.length}`
  );
}

/** Where the app's own wake-ups were scheduled: kind and innermost line, most frequent first. */
export function appWakeupOrigins(window: IdleWindow, most = 5): string {
  const counts = new Map<string, number>();
  for (const wakeup of window.wakeups) {
    if (wakeupSource(wakeup.stack) !== 'app') continue;
    const origin = `${wakeup.kind} at ${wakeup.stack[0]?.trim() ?? 'unknown'}`;
    counts.set(origin, (counts.get(origin) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]).slice(0, most);
  return sorted.length === 0 ? 'none' : sorted.map(([origin, times]) => `${times}× ${origin}`).join('; ');
}

/** The renderer's main-thread work in a window, in a line. */
export function describeMainThread(window: IdleWindow): string {
  const { taskMs, scriptMs, styleRecalcs, layouts } = window.mainThread;
  return `busy ${taskMs.toFixed(1)} ms (script ${scriptMs.toFixed(1)} ms), ${styleRecalcs} style recalcs, ${layouts} layouts`;
}
