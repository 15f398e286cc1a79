import os from 'node:os';
import { launchChromium, openApp } from '../../tests/e2e/harness';
import { benchPostCount, ensureBigSite } from '../fixtures/big-site';
import type { MeasuredGroup } from '../measured-groups';
import { trackCoreTimers } from './idle-core-timers';
import { wakeupLogScript } from './idle-wakeups';
import {
  appWakeupOrigins,
  describeMainThread,
  describeWakeups,
  logIpc,
  settle,
  watchIdle,
  type IdleWatch,
} from './idle-window';
import { withInitScript } from './start-browser';

/** The renderer heap target of issue 8. */
export const heapBudgetBytes = 150 * 1024 * 1024;

export interface IdleOptions {
  /** A Jekyll site folder to open. */
  site: string;
  posts: number;
  /** Length of each idle window. */
  idleMs: number;
  /** Quiet needed before a window starts, and how long to wait for it at most. */
  quietMs: number;
  maxSettleMs: number;
}

function settled(ms: number | null, maxMs: number): string {
  return ms === null ? `never quiet within ${(maxMs / 1000).toFixed(0)} s` : `quiet after ${(ms / 1000).toFixed(1)} s`;
}

/**
 * Lanyard open on a big site doing nothing: first on the post list, then with the newest post
 * open and the cursor in the editor. Counts what wakes the renderer and the core in each
 * window, and the renderer's heap after a forced garbage collection.
 */
export async function measureIdle(options: IdleOptions): Promise<MeasuredGroup> {
  const loadAverage = os.loadavg()[0] ?? Number.NaN;
  const timers = trackCoreTimers();
  const browser = await launchChromium();
  try {
    const app = await openApp({ site: options.site, browser: withInitScript(browser, wakeupLogScript()) });
    try {
      const newest = app.page.locator('nav[aria-label="Posts"] button.post-item').first();
      await newest.waitFor({ timeout: 30_000 });
      const cdp = await app.page.context().newCDPSession(app.page);
      await cdp.send('Performance.enable');
      const watch: IdleWatch = { page: app.page, cdp, timers, ipc: logIpc(app.core) };

      const listQuiet = await settle(watch, options.quietMs, options.maxSettleMs);
      const onList = await watchIdle(watch, options.idleMs);

      await newest.click();
      const editor = app.page.locator('.cm-content[contenteditable="true"]');
      await editor.click();
      const postQuiet = await settle(watch, options.quietMs, options.maxSettleMs);
      const onPost = await watchIdle(watch, options.idleMs);

      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      const seconds = `${(options.idleMs / 1000).toFixed(0)} s`;
      return {
        group: `idle, ${options.posts.toLocaleString('en')}-post site`,
        rows: [],
        figures: [
          { label: `wake-ups, post list, ${seconds}`, value: describeWakeups(onList) },
          { label: `wake-ups, newest post open, cursor in the editor, ${seconds}`, value: describeWakeups(onPost) },
          {
            label: "the app's own wake-ups, where scheduled",
            value: `post list: ${appWakeupOrigins(onList)}; post open: ${appWakeupOrigins(onPost)}`,
          },
          {
            label: 'renderer main thread',
            value: `post list: ${describeMainThread(onList)}; post open: ${describeMainThread(onPost)}`,
          },
          {
            label: 'renderer JS heap after a forced GC',
            value: `${(heap.usedSize / 1024 / 1024).toFixed(1)} MB used of ${(heap.totalSize / 1024 / 1024).toFixed(1)} MB (target ≤ 150 MB: ${heap.usedSize <= heapBudgetBytes ? 'met' : 'missed'})`,
          },
          {
            label: 'DOM after the windows',
            value: `${dom.nodes.toLocaleString('en')} nodes, ${dom.jsEventListeners.toLocaleString('en')} JS event listeners`,
          },
          {
            label: 'how',
            value:
              `each window starts after ${(options.quietMs / 1000).toFixed(0)} s without a wake-up or IPC call in flight ` +
              `(post list: ${settled(listQuiet, options.maxSettleMs)}; post open: ${settled(postQuiet, options.maxSettleMs)}); ` +
              'page wake-ups are timer, frame, idle and message-port callbacks, attributed by the chunk that scheduled them; ' +
              'core timers are Node timers made by src/ (async_hooks), file watches being events',
          },
          { label: 'load average (1 min) at start', value: loadAverage.toFixed(2) },
        ],
      };
    } finally {
      await app.close();
    }
  } finally {
    await browser.close();
    timers.dispose();
  }
}

export default async function (): Promise<MeasuredGroup[]> {
  const posts = benchPostCount();
  const site = await ensureBigSite(posts);
  return [await measureIdle({ site: site.jekyll, posts, idleMs: 10_000, quietMs: 2_000, maxSettleMs: 30_000 })];
}
