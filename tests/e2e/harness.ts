/**
 * The end-to-end harness: Lanyard's real renderer, driven in Chromium, talking to Lanyard's
 * real main-process core — without Electron.
 *
 * What `openApp()` does, in order:
 * 1. Serves the built renderer (`out/renderer/`, from `npm run build`) on 127.0.0.1 at a random
 *    port, and site files under `/__asset/<path>` through `core.resolveAsset` — the stand-in
 *    for Electron's asset protocol.
 * 2. Creates the core (`createLanyardCore`) with test host adapters: settings in a `conf`
 *    store in a fresh user-data folder (the very file electron-store would write), dialogs
 *    that answer from `options.dialogs`, `openExternal` recording into `externalLinks`,
 *    events forwarded to the page, unexpected errors collected in `reportedErrors`.
 * 3. Opens `options.site`, else the start-up path: the most recent site that opens, else — as
 *    `npm start --sample` — a copy of the sample blog in the user-data folder, or, with
 *    `whenNoSite: 'welcome'` (a packaged app's first run), nothing: the Welcome screen.
 * 4. Opens a fresh browser context in Debian's Chromium (`/usr/bin/chromium`; Playwright's own
 *    browser if absent) — launched for this app, or `options.browser` — exposes the core's dispatcher — the same object Electron IPC calls — as
 *    the binding `__lanyardInvoke`, and installs `window.lanyard` from
 *    `bridge/bridge-preload.ts`, which builds it with `createBridgeApi` exactly as the preload
 *    does. Requests to anywhere but the local server are refused.
 * 5. Returns once the page has loaded and the "Posts" navigation (or the Welcome screen) is visible.
 *
 * `close()` closes the page's context (and the browser if it launched one), the core and the server, removes what the harness created,
 * and fails if the core reported an unexpected error or the page threw. A test that expects
 * one empties `reportedErrors` / `pageErrors` before closing.
 *
 * Usage — most specs take the fixtures, which give each test its own copy of the sample blog
 * and its own user-data folder and context (in one Chromium per worker), and close the app even
 * when the test fails; `test.use({ appOptions: { … } })` passes options to openApp:
 *
 *     import { test, expect } from './harness';
 *     test('writes', async ({ app, lanyard }) => { await lanyard.openPost('Day one'); … });
 *
 * or call `openApp({ site: await copySampleSite() })` directly and `close()` it in `finally`.
 * Never point `site` or `userDataDir` at real user folders.
 */
import { test as base, chromium, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import Conf from 'conf';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Envelope } from '../../src/api/lanyard-error';
import type { HostAdapters } from '../../src/app/node/host-adapters';
import { createLanyardCore, type LanyardCore, type WhenNoSite } from '../../src/app/node/lanyard-core';
import { defaultSettings, type Settings, type SettingsStore } from '../../src/settings/settings-types';
import { LanyardPage } from './models/lanyard-page';
import { bridgeScript } from './support/bridge-script';
import { rendererDir, repoRoot, sampleBlogDir } from './support/paths';
import { startRendererServer } from './support/renderer-server';
import { copySampleSite } from './support/sample-site';
import { freshTempDir, removeTempDir } from './support/temp-dirs';

export { copySampleSite, dayOnePost, git, readDiskPosts, titleLine, type DiskPost } from './support/sample-site';
export { LanyardPage } from './models/lanyard-page';
export { expect };

export interface OpenAppOptions {
  /** Site folder to open; default: the most recent site that opens, else see `whenNoSite`. */
  site?: string;
  /** With no `site` and no recent site: the sample blog (default, as `npm start`) or the Welcome screen. */
  whenNoSite?: WhenNoSite;
  /** Lanyard's user-data folder; default: a fresh temp folder, removed at close. */
  userDataDir?: string;
  /** What the native dialogs answer; default: cancelled (null). */
  dialogs?: { chooseFolder?: string | null; chooseSavePath?: string | null; chooseImages?: string[] };
  /** Browser viewport; default 1280×800. */
  viewport?: { width: number; height: number };
  /** A Chromium from `launchChromium()` to open a fresh context in (the fixtures share one per worker); default: launch one for this app alone. */
  browser?: Browser;
}

export interface LanyardApp {
  page: Page;
  core: LanyardCore;
  /** The open site's absolute folder; '' when the app started on the Welcome screen. */
  site: string;
  userDataDir: string;
  /** Where the harness serves the renderer, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** `<origin>/__asset/`: the base URL of site files in the preview. */
  assetBaseUrl: string;
  /** URLs the core asked the system browser to open, in order. */
  externalLinks: string[];
  /** The core's clock: null is the machine's; a date stops it there (a day of an event, say). */
  clock: { now: Date | null };
  /** Unexpected errors the core reported; close() fails unless this is empty. */
  reportedErrors: unknown[];
  /** Uncaught exceptions in the page; close() fails unless this is empty. */
  pageErrors: Error[];
  close(): Promise<void>;
}

/** Debian's Chromium when installed, else Playwright's own browser. */
export const chromiumPath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

/** Flags for a root user on a machine with no network and no GPU. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Events from the core reach the page the way `webContents.send` reaches the preload. */
function forwardEvent(page: Page | undefined, name: string, payload: unknown): void {
  if (!page || page.isClosed()) return;
  page
    .evaluate(
      ([eventName, eventPayload]) => {
        const sink = (window as unknown as { __lanyardEvent?: (n: string, p: unknown) => void }).__lanyardEvent;
        sink?.(eventName, eventPayload);
      },
      [name, payload] as const,
    )
    .catch(() => {
      // The page is navigating or closing: the event is lost, as in a reloading window.
    });
}

/**
 * Launches Chromium as the harness uses it. Playwright gives every launch a fresh, empty
 * profile (user-data-dir) of its own, and every context is isolated from the others.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    headless: true,
    args: chromiumArgs,
  });
}

async function newAppContext(
  browser: Browser,
  viewport: { width: number; height: number },
  origin: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'UTC' });
  // Hermetic: nothing leaves the machine, and a navigation the renderer fails to stop goes nowhere.
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

/** Opens Lanyard in the harness; see the top of this file. */
export async function openApp(options: OpenAppOptions = {}): Promise<LanyardApp> {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(
      `The renderer is not built (${path.join(rendererDir, 'index.html')} is missing): run npm run build first`,
    );
  }
  const cleanups: Array<() => Promise<unknown>> = [];
  const runCleanups = async (): Promise<unknown[]> => {
    const failures: unknown[] = [];
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => failures.push(error));
    cleanups.length = 0;
    return failures;
  };

  try {
    const userDataDir = options.userDataDir ?? (await freshTempDir('userdata'));
    if (!options.userDataDir) cleanups.push(() => removeTempDir(userDataDir));

    const externalLinks: string[] = [];
    const clock: LanyardApp['clock'] = { now: null };
    const reportedErrors: unknown[] = [];
    const pageErrors: Error[] = [];
    // Filled in as they come to exist; the server and the event forwarder read them late.
    const live: { page?: Page; core?: LanyardCore } = {};

    const server = await startRendererServer(
      rendererDir,
      (urlPath) => (live.core ? live.core.resolveAsset(urlPath) : Promise.resolve(null)),
      (error) => reportedErrors.push(error),
    );
    cleanups.push(() => server.close());

    // Conf<Settings> is the store electron-store wraps: same file name, same folder layout.
    const settings = new Conf<Settings & Record<string, unknown>>({
      cwd: userDataDir,
      configName: 'config',
      projectName: 'lanyard',
      defaults: defaultSettings as Settings & Record<string, unknown>,
    }) as unknown as SettingsStore;

    const host: HostAdapters = {
      userDataDir,
      templatesDir: path.join(repoRoot, 'resources', 'templates'),
      assetBaseUrl: server.assetBaseUrl,
      settings,
      dialogs: {
        chooseFolder: () => Promise.resolve(options.dialogs?.chooseFolder ?? null),
        chooseSavePath: () => Promise.resolve(options.dialogs?.chooseSavePath ?? null),
        chooseImages: () => Promise.resolve(options.dialogs?.chooseImages ?? []),
      },
      openExternal: (url) => {
        externalLinks.push(url);
        return Promise.resolve();
      },
      emit: (name, payload) => forwardEvent(live.page, name, payload),
      report: (error) => {
        reportedErrors.push(error);
      },
      now: () => clock.now ?? new Date(),
    };
    const created = createLanyardCore(host, { sampleSource: sampleBlogDir });
    live.core = created;
    cleanups.push(() => created.dispose());

    const info = options.site
      ? await created.openSite(path.resolve(options.site))
      : await created.openInitialSite(null, options.whenNoSite ?? 'sample');

    const browser = options.browser ?? (await launchChromium());
    if (!options.browser) cleanups.push(() => browser.close());
    const context = await newAppContext(browser, options.viewport ?? { width: 1280, height: 800 }, server.origin);
    cleanups.push(() => context.close());

    // The same dispatcher Electron's IPC handlers call; only the main frame may use it,
    // as main checks the sender of every IPC message.
    await context.exposeBinding(
      '__lanyardInvoke',
      (source, channel: unknown, arg: unknown): Promise<Envelope<unknown>> => {
        if (source.frame !== source.page.mainFrame()) {
          return Promise.resolve({
            ok: false,
            error: { code: 'refused', message: 'Calls are accepted from the main frame only' },
          });
        }
        return created.dispatcher.invoke(channel, arg);
      },
    );
    await context.addInitScript({ content: await bridgeScript() });

    const page = await context.newPage();
    live.page = page;
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.goto(`${server.origin}/`);
    await expect(
      info === null
        ? page.getByRole('button', { name: 'Open a blog folder…' })
        : page.getByRole('navigation', { name: 'Posts' }),
      info === null ? 'the app shows the Welcome screen once loaded' : 'the app shows its post list once loaded',
    ).toBeVisible({ timeout: 15_000 });

    let closed = false;
    return {
      page,
      core: created,
      site: info?.root ?? '',
      userDataDir,
      origin: server.origin,
      assetBaseUrl: server.assetBaseUrl,
      externalLinks,
      clock,
      reportedErrors,
      pageErrors,
      async close() {
        if (closed) return;
        closed = true;
        const failures = await runCleanups();
        const problems = [
          ...reportedErrors.map((error) => `core reported: ${describe(error)}`),
          ...pageErrors.map((error) => `page threw: ${describe(error)}`),
          ...failures.map((error) => `closing failed: ${describe(error)}`),
        ];
        if (problems.length > 0)
          throw new Error(`Lanyard hit unexpected errors during the test:\n${problems.join('\n')}`);
      },
    };
  } catch (error) {
    await runCleanups();
    throw error;
  }
}

/**
 * Fixtures that own their world: every test gets its own copy of the sample blog (`site`),
 * its own user-data folder, and an app (`app`, `lanyard`) that is closed after the test —
 * with a screenshot attached when the test failed.
 */
export const test = base.extend<
  { site: string; appOptions: OpenAppOptions; app: LanyardApp; lanyard: LanyardPage },
  { lanyardBrowser: Browser }
>({
  // One Chromium per worker (launching takes seconds); each test gets a fresh context in it.
  lanyardBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  site: async ({}, use) => {
    await use(await copySampleSite());
  },
  appOptions: [{}, { option: true }],
  app: async ({ site, appOptions, lanyardBrowser }, use, testInfo) => {
    const app = await openApp({ site, browser: lanyardBrowser, ...appOptions });
    try {
      await use(app);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus && !app.page.isClosed()) {
        const shot = await app.page.screenshot().catch(() => null);
        if (shot) await testInfo.attach('screen at failure', { body: shot, contentType: 'image/png' });
      }
      await app.close();
    }
  },
  lanyard: async ({ app }, use) => {
    await use(new LanyardPage(app.page));
  },
});
