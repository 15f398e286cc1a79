import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { app, dialog, type WebFrameMain } from 'electron';
import { LanyardError } from '../../src/api/lanyard-error';
import { createLanyardCore, type LanyardCore } from '../../src/app/node/lanyard-core';
import { installAppMenu } from './app-menu';
import { ASSET_BASE_URL, handleAssetProtocol, registerAssetScheme } from './asset-protocol';
import { createElectronSettings } from './electron-settings';
import { registerIpc, sendEvent } from './ipc-bridge';
import { createMainWindow, hardenSessions, isAppUrl, openExternalSafely, type MainWindow } from './main-window';
import { createNativeDialogs } from './native-dialogs';

/**
 * The folder named by `--site <folder>` or `--site=<folder>`, resolved against `cwd`; null when
 * absent. `npm start -- --site x` reaches here through electron-vite preview.
 */
export function parseSiteArg(argv: readonly string[], cwd: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg === '--site' ? argv[i + 1] : arg.startsWith('--site=') ? arg.slice('--site='.length) : undefined;
    if (value && !value.startsWith('--')) return resolve(cwd, value);
  }
  return null;
}

// ---- Logging: a local file only, nothing is sent anywhere. ----

const MAX_LOG_BYTES = 5 * 1024 * 1024;
const logFile = (): string => join(app.getPath('userData'), 'logs', 'lanyard.log');

// Git remotes can carry credentials (https://user:token@host/...); they must never reach the log.
function redact(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause === undefined ? '' : `\nCaused by: ${describe(error.cause)}`;
  return `${error.stack ?? `${error.name}: ${error.message}`}${cause}`;
}

function log(level: 'info' | 'warn' | 'error', message: string): void {
  try {
    const file = logFile();
    mkdirSync(dirname(file), { recursive: true });
    try {
      if (statSync(file).size > MAX_LOG_BYTES) renameSync(file, `${file}.1`);
    } catch {
      // No log yet.
    }
    appendFileSync(file, `${new Date().toISOString()} ${level.toUpperCase()} ${redact(message)}\n`);
  } catch {
    // Logging must never be the reason Lanyard fails.
  }
}

function report(error: unknown): void {
  log('error', describe(error));
}

/** What the writer is told: a LanyardError's own words, otherwise no internals. */
function plainMessage(error: unknown): string {
  return error instanceof LanyardError ? error.message : 'Something unexpected went wrong.';
}

function fatal(error: unknown): void {
  report(error);
  dialog.showErrorBox('Lanyard could not start', `${plainMessage(error)}\n\nDetails were written to ${logFile()}.`);
  app.exit(1);
}

// ---- Startup ----

// Tests (and anyone wanting a throwaway profile) point Lanyard at a fresh user-data folder. It
// must be set before the single-instance lock, which is per user-data folder.
const userDataOverride = process.env.LANYARD_USER_DATA;
if (userDataOverride) app.setPath('userData', resolve(userDataOverride));

const requestedSite = parseSiteArg(process.argv, process.cwd());
registerAssetScheme();
app.enableSandbox();

function sampleSource(): string {
  // Packaged: electron-builder's extraResources copies resources/sample-blog here. Unpackaged,
  // resolve from this bundle (out/main) rather than app.getAppPath(), which is out/main itself
  // when the app is launched as `electron out/main/index.js`.
  return app.isPackaged
    ? join(process.resourcesPath, 'sample-blog')
    : resolve(import.meta.dirname, '../../resources/sample-blog');
}

function siteFromSecondInstance(argv: string[], cwd: string, additionalData: unknown): string | null {
  // Chromium may reorder a second instance's argv, so the site travels in additionalData.
  if (additionalData && typeof additionalData === 'object' && 'site' in additionalData) {
    const { site } = additionalData;
    if (typeof site === 'string' && site.length > 0) return site;
  }
  return parseSiteArg(argv, cwd);
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSessions();
  const settings = createElectronSettings(report);

  let main: MainWindow | null = null;
  const getWindow = () => (main && !main.window.isDestroyed() ? main.window : null);
  const dialogs = createNativeDialogs(getWindow);

  const showError = (title: string, error: unknown): void => {
    if (!(error instanceof LanyardError)) report(error);
    const win = getWindow();
    const options = { type: 'error' as const, message: title, detail: plainMessage(error) };
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  };

  const core: LanyardCore = createLanyardCore({
    userDataDir: app.getPath('userData'),
    assetBaseUrl: ASSET_BASE_URL,
    settings,
    dialogs,
    openExternal: openExternalSafely,
    emit: (name, payload) => sendEvent(getWindow(), name, payload),
    report,
  });

  const isTrustedSender = (frame: WebFrameMain): boolean => {
    const top = getWindow()?.webContents.mainFrame;
    return (
      !!top &&
      frame.parent === null &&
      frame.processId === top.processId &&
      frame.routingId === top.routingId &&
      isAppUrl(frame.url)
    );
  };
  handleAssetProtocol(core, report);
  registerIpc(core, isTrustedSender, {
    onReadyToClose: (sender) => {
      if (main && !main.window.isDestroyed() && sender === main.window.webContents) main.readyToClose();
    },
    onRefused: (channel, url) => log('warn', `Refused ${channel} from ${url}`),
  });
  installAppMenu({
    core,
    dialogs,
    sendCommand: (command) => sendEvent(getWindow(), 'menu.command', { command }),
    confirmSaved: () => (main ? main.confirmSaved() : Promise.resolve(true)),
    showError,
    logFile: logFile(),
  });

  const openWindow = (): MainWindow => {
    const created = createMainWindow({ settings, report });
    created.window.on('closed', () => {
      if (main === created) main = null;
    });
    main = created;
    return created;
  };

  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.on('activate', () => {
    if (!getWindow()) openWindow();
  });
  let disposed = false;
  app.on('will-quit', (event) => {
    if (disposed) return;
    event.preventDefault();
    core
      .dispose()
      .catch(report)
      .finally(() => {
        disposed = true;
        app.quit();
      });
  });

  const startup = core.openInitialSite(requestedSite, sampleSource());
  app.on('second-instance', (_event, argv, cwd, additionalData) => {
    const win = getWindow() ?? openWindow().window;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
    const site = siteFromSecondInstance(argv, cwd, additionalData);
    if (!site) return;
    startup
      .then(async () => {
        if (!main || (await main.confirmSaved())) await core.openSite(site);
      })
      .catch((error: unknown) => showError('Could not open the site', error));
  });

  await startup;
  openWindow();
  log('info', `Lanyard ${app.getVersion()} started`);
}

process.on('uncaughtException', report);
process.on('unhandledRejection', report);

if (app.requestSingleInstanceLock({ site: requestedSite })) {
  start().catch(fatal);
} else {
  // Another Lanyard owns this profile; it has been handed our --site and will focus itself.
  app.quit();
}
