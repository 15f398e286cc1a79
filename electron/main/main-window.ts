import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  screen,
  session,
  shell,
  type Rectangle,
  type WebContents,
  type WebPreferences,
} from 'electron';
import { rendererContentSecurityPolicy } from '../../src/app/content-security-policy';
import { toOpenableLink } from '../../src/app/node/external-link';
import type { SettingsStore, Settings } from '../../src/settings/settings-types';
import { installContextMenu } from './context-menu';
import { sendEvent } from './ipc-bridge';

const rendererIndex = resolve(import.meta.dirname, '../renderer/index.html');

// Linux has no app bundle to take the window icon from; electron-builder ships this PNG (see
// electron-builder.yml), and unpackaged runs read the committed one from resources/icons.
const linuxWindowIcon =
  process.platform !== 'linux'
    ? undefined
    : app.isPackaged
      ? join(process.resourcesPath, 'icons', 'lanyard.png')
      : resolve(import.meta.dirname, '../../resources/icons/png/512x512.png');

/** The renderer's webPreferences: isolated, sandboxed, no Node. Exported for the hardening test. */
export const mainWindowWebPreferences = Object.freeze({
  preload: join(import.meta.dirname, '../preload/index.cjs'),
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
} satisfies WebPreferences);

/** The production Content-Security-Policy, also sent as a header for the app's own pages. */
export const APP_CSP = rendererContentSecurityPolicy;

// The dev server needs React's inline refresh preamble and the HMR websocket (see
// electron.vite.config.ts); a packaged app never takes this path.
const DEV_CSP = APP_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
  "connect-src 'self'",
  "connect-src 'self' ws://localhost:* ws://127.0.0.1:*",
);

/** How long to wait for the renderer to confirm it saved before asking the writer. */
const CLOSE_TIMEOUT_MS = 3000;
const DEFAULT_SIZE = { width: 1280, height: 820 };

// ELECTRON_RENDERER_URL is honoured only unpackaged: an environment variable must never point an
// installed app, with its full bridge, at some other origin.
function devServerUrl(): URL | null {
  const raw = process.env.ELECTRON_RENDERER_URL;
  if (app.isPackaged || !raw) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' || process.platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** True for the renderer's own page: the built index.html, or the dev server's origin in development. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const dev = devServerUrl();
  if (dev) return parsed.origin === dev.origin;
  if (parsed.protocol !== 'file:') return false;
  try {
    return samePath(resolve(fileURLToPath(parsed)), rendererIndex);
  } catch {
    return false;
  }
}

/** Opens http(s) and mailto URLs in the system browser; any other scheme is refused. */
export async function openExternalSafely(url: string): Promise<void> {
  // toOpenableLink refuses every scheme but http(s) and mailto.
  await shell.openExternal(toOpenableLink(url)); // eng-disable OPEN_EXTERNAL_JS_CHECK
}

/**
 * App-wide rules for every WebContents, present or future (devtools included): no new windows,
 * no <webview>, no navigation away from the app, no permissions, the CSP header on app pages.
 * Call once, after `app` is ready.
 */
export function hardenSessions(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  const policy = devServerUrl() ? DEV_CSP : APP_CSP;
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (details.resourceType !== 'mainFrame' || !isAppUrl(details.url)) {
      callback({});
      return;
    }
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}

function guardContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    // Refused schemes are simply not opened; the page gets no window either way.
    openExternalSafely(url).catch(() => undefined);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
}

function intersects(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

// A saved position on a monitor that is no longer attached would open the window off-screen.
function restoredBounds(saved: Settings['windowBounds']): Partial<Rectangle> {
  if (!saved) return DEFAULT_SIZE;
  const size = { width: Math.max(640, saved.width), height: Math.max(420, saved.height) };
  if (saved.x === undefined || saved.y === undefined) return size;
  const bounds = { x: saved.x, y: saved.y, ...size };
  return screen.getAllDisplays().some((display) => intersects(display.workArea, bounds)) ? bounds : size;
}

/** The main window and the one thing the IPC layer tells it. */
export interface MainWindow {
  readonly window: BrowserWindow;
  /** The renderer has saved after `app.closing`; close now if a close is pending. */
  readyToClose(): void;
  /** Has the renderer save everything; false when the writer chose to keep editing. */
  confirmSaved(): Promise<boolean>;
}

/** Options for {@link createMainWindow}. */
export interface MainWindowOptions {
  settings: SettingsStore;
  report: (error: unknown) => void;
}

/** Creates, guards and loads the main window, restoring its saved bounds. */
export function createMainWindow({ settings, report }: MainWindowOptions): MainWindow {
  // Electronegativity cannot follow the spread of mainWindowWebPreferences, which sets contextIsolation and
  // sandbox (tests/electron asserts them on the live window); middle-clicks are new windows, which
  // guardContents' setWindowOpenHandler denies.
  // prettier-ignore
  const win = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    ...restoredBounds(settings.get('windowBounds')),
    minWidth: 640,
    minHeight: 420,
    show: false,
    title: 'Lanyard',
    ...(linuxWindowIcon ? { icon: linuxWindowIcon } : {}),
    webPreferences: { ...mainWindowWebPreferences },
  });

  // Don't leave a window that never finished loading invisible forever.
  const showFallback = setTimeout(() => !win.isDestroyed() && win.show(), 5000);
  win.once('ready-to-show', () => {
    clearTimeout(showFallback);
    win.show();
  });

  let closeAllowed = false;
  let pendingSave: ((saved: boolean) => void) | null = null;

  // Asks the renderer to save everything and waits for `app.readyToClose`. No silent loss: when
  // saving is not confirmed in time (a conflict, a vanished site, a hung renderer), the writer
  // decides whether unsaved text may be dropped.
  const confirmSaved = (): Promise<boolean> => {
    if (win.isDestroyed() || win.webContents.isCrashed()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pendingSave = null;
        report(new Error(`The renderer did not confirm saving within ${CLOSE_TIMEOUT_MS} ms.`));
        askToDropUnsaved(win).then(resolve, (error: unknown) => {
          report(error);
          resolve(false);
        });
      }, CLOSE_TIMEOUT_MS);
      pendingSave = (saved) => {
        clearTimeout(timer);
        pendingSave = null;
        resolve(saved);
      };
      sendEvent(win, 'app.closing', {});
    });
  };

  let closing = false;
  win.on('close', (event) => {
    if (closeAllowed) {
      try {
        settings.set('windowBounds', win.getNormalBounds());
      } catch (error) {
        report(error);
      }
      return;
    }
    event.preventDefault();
    if (closing) return;
    closing = true;
    void confirmSaved().then((saved) => {
      closing = false;
      if (!saved || win.isDestroyed()) return;
      closeAllowed = true;
      win.close();
    });
  });

  installContextMenu(win.webContents);
  win.webContents.on('render-process-gone', (_event, details) => {
    report(new Error(`Renderer process gone: ${details.reason} (exit code ${details.exitCode})`));
  });
  win.webContents.on('did-fail-load', (_event, code, description, url) => {
    report(new Error(`Failed to load ${url}: ${description} (${code})`));
  });

  const dev = devServerUrl();
  const loading = dev ? win.loadURL(dev.href) : win.loadFile(rendererIndex);
  loading.catch(report);

  return {
    window: win,
    confirmSaved,
    readyToClose() {
      pendingSave?.(true);
    },
  };
}

async function askToDropUnsaved(win: BrowserWindow): Promise<boolean> {
  if (win.isDestroyed()) return true;
  const { response } = await dialog.showMessageBox(win, {
    type: 'warning',
    buttons: ['Keep Editing', 'Continue Without Saving'],
    defaultId: 0,
    cancelId: 0,
    message: 'Lanyard could not confirm that your latest changes were saved.',
    detail: 'Keep editing to resolve the conflict or save the post elsewhere.',
  });
  return response === 1;
}
