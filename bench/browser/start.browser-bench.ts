import type { Browser } from '@playwright/test';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, openApp } from '../../tests/e2e/harness';
import { rendererDir, sampleBlogDir } from '../../tests/e2e/support/paths';
import { startRendererServer } from '../../tests/e2e/support/renderer-server';
import { copySampleSite, readDiskPosts, titleLine } from '../../tests/e2e/support/sample-site';
import { removeTempDir } from '../../tests/e2e/support/temp-dirs';
import type { MeasuredGroup } from '../measured-groups';
import { measureInitialJs, totalOf, type BundleFile } from './bundle-initial-js';
import { writeBudgetPage } from './bundle-peer-page';
import { withInitScript } from './start-browser';
import { readStartMarks, startMarkScript, type StartMarks } from './start-marks';

/** The budget of issue 8: the renderer's initial JavaScript, gzip. KB are 1,024 bytes here. */
export const initialJsBudgetBytes = 600 * 1024;

export interface StartOptions {
  /** Timed starts of each kind, after `warmups` untimed ones. */
  samples: number;
  warmups: number;
  /** Where the peer page is written. */
  scratchDir: string;
}

const group = 'start, sample site';
const viewport = { width: 1280, height: 800 };

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function sizes(files: readonly BundleFile[]): string {
  const total = totalOf(files);
  return `${kb(total.gzipBytes)} gzip (${kb(total.rawBytes)} raw) in ${files.length} files`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** One Lanyard start in a fresh context: navigation start to the newest post editable. */
async function lanyardStart(browser: Browser): Promise<StartMarks> {
  const site = await copySampleSite();
  const app = await openApp({ site, browser, viewport });
  try {
    return await readStartMarks(app.page);
  } finally {
    await app.close();
    await removeTempDir(path.dirname(site));
  }
}

/** One load of the peer page in a fresh context set up as the harness sets up the app's. */
async function peerLoad(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'UTC' });
  try {
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const { load, result } = await page.evaluate(() => ({
      load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
      result: (window as unknown as { __peerResult?: unknown }).__peerResult,
    }));
    if (typeof result !== 'number') throw new Error('The peer page did not run its scripts');
    return load;
  } finally {
    await context.close();
  }
}

/**
 * Lanyard's start-up in Chromium through the harness, each start in a fresh browser context
 * (empty HTTP cache; the harness's server sends `no-store`, so no code cache either), against
 * a blank page that loads and runs the JavaScript budget, served and set up the same way.
 */
export async function measureStart(options: StartOptions): Promise<MeasuredGroup> {
  const loadAverage = os.loadavg()[0] ?? Number.NaN;
  const initialJs = await measureInitialJs(rendererDir);
  const newest = (await readDiskPosts(sampleBlogDir))[0];
  if (!newest) throw new Error(`No posts in ${sampleBlogDir}`);

  const peerDir = path.join(options.scratchDir, 'start-peer');
  await fs.rm(peerDir, { recursive: true, force: true });
  const peerFiles = await writeBudgetPage(peerDir, {
    gzipBytes: initialJsBudgetBytes,
    files: Math.max(1, initialJs.initial.length),
  });
  const peerErrors: unknown[] = [];
  const peer = await startRendererServer(
    peerDir,
    () => Promise.resolve(null),
    (error) => peerErrors.push(error),
  );
  const browser = await launchChromium();
  const starts: StartMarks[] = [];
  const peerLoads: number[] = [];
  try {
    const marked = withInitScript(browser, startMarkScript(titleLine(newest)));
    for (let run = 0; run < options.warmups + options.samples; run++) {
      const start = await lanyardStart(marked);
      const load = await peerLoad(browser, peer.origin);
      if (run < options.warmups) continue;
      starts.push(start);
      peerLoads.push(load);
    }
  } finally {
    await browser.close();
    await peer.close();
  }
  if (peerErrors.length > 0) throw new Error(`The peer page's server failed: ${String(peerErrors[0])}`);

  const initialNames = new Set(initialJs.initial.map((file) => path.posix.basename(file.file)));
  const fetched = starts.at(-1)?.scriptsBeforeEditable.map((url) => path.posix.basename(new URL(url).pathname)) ?? [];
  const lazyFetched = fetched.filter((name) => !initialNames.has(name));
  const initialGzip = totalOf(initialJs.initial).gzipBytes;
  return {
    group,
    rows: [
      { name: 'lanyard: navigation to an editable post', samples: starts.map((start) => start.editable) },
      { name: 'peer: empty page with the same bundle budget', samples: peerLoads },
    ],
    figures: [
      {
        label: 'initial JavaScript',
        value: `${sizes(initialJs.initial)} (budget ${kb(initialJsBudgetBytes)} gzip: ${initialGzip <= initialJsBudgetBytes ? 'met' : 'missed'})`,
      },
      {
        label: 'initial requests',
        value: `${initialJs.initialRequests} (index.html, ${initialJs.initial.length} scripts, ${initialJs.stylesheets.length} stylesheets)`,
      },
      { label: 'lazily loaded chunks', value: sizes(initialJs.lazy) },
      {
        label: 'scripts fetched before the post is editable',
        value: `${fetched.length} (${fetched.length - lazyFetched.length} initial, ${lazyFetched.length} lazy${lazyFetched.length > 0 ? `: ${lazyFetched.join(', ')}` : ''})`,
      },
      { label: 'post list shown (median)', value: `${median(starts.map((start) => start.postList)).toFixed(1)} ms` },
      { label: 'peer page', value: `${sizes(peerFiles)} of generated code, all of it run, to the load event` },
      {
        label: 'how',
        value:
          `${options.samples} starts of each after ${options.warmups} untimed, alternating, each in a fresh context ` +
          '(cold: empty HTTP cache, no-store, no code cache); time from navigation start. The app opens on the post ' +
          'list, so the page clicks the newest post the moment the list shows; editable = the first frame after ' +
          'the editor takes input and holds the post',
      },
      { label: 'load average (1 min) at start', value: loadAverage.toFixed(2) },
    ],
  };
}

export default async function (): Promise<MeasuredGroup[]> {
  const scratchDir = path.resolve(import.meta.dirname, '..', 'tmp');
  return [await measureStart({ samples: 12, warmups: 2, scratchDir })];
}
