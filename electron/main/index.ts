import { join, resolve } from 'node:path';
import { app, dialog, type WebFrameMain } from 'electron';
import { LanyardError } from '../../src/api/lanyard-error';
import { parseSiteArg } from '../../src/app/node/command-line';
import { createLanyardCore, type LanyardCore } from '../../src/app/node/lanyard-core';
import { createLocalLog, type LocalLog } from '../../src/app/node/local-log';
import { installAppMenu, quickNoteAccelerator } from './app-menu';
import { registerQuickNoteShortcut } from './quick-note-shortcut';
import { ASSET_BASE_URL, handleAssetProtocol, registerAssetScheme } from './asset-protocol';
import { createElectronSettings } from './electron-settings';
import { registerIpc, sendEvent } from './ipc-bridge';
import { createMainWindow, hardenSessions, isAppUrl, openExternalSafely, type MainWindow } from './main-window';
import { createNativeDialogs } from './native-dialogs';

// A local file only, nothing is sent anywhere. Resolved lazily: userData may be overridden below.
let localLog: LocalLog | null = null;
const logFile = (): string => join(app.getPath('userData'), 'logs', 'lanyard.log');
const log: LocalLog['log'] = (level, message) => (localLog ??= createLocalLog(logFile())).log(level, message);
const report = (error: unknown): void => (localLog ??= createLocalLog(logFile())).report(error);

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

/** A folder of `resources/` that electron-builder's extraResources ships beside the app. */
function shippedResource(name: string): string {
  // Packaged: extraResources copies resources/<name> here. Unpackaged, resolve from this bundle
  // (out/main) rather than app.getAppPath(), which is out/main itself when the app is launched
  // as `electron out/main/index.js`.
  return app.isPackaged ? join(process.resourcesPath, name) : resolve(import.meta.dirname, '../../resources', name);
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
    templatesDir: shippedResource('templates'),
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

  const releaseQuickNote = registerQuickNoteShortcut(
    quickNoteAccelerator,
    getWindow,
    () => sendEvent(getWindow(), 'menu.command', { command: 'quick-capture' }),
    (message) => log('warn', message),
  );

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
    releaseQuickNote();
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

  const startup = core.openInitialSite(requestedSite, shippedResource('sample-blog'));
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
