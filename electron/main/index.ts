import { join, resolve } from 'node:path';
import { app, dialog, type WebFrameMain } from 'electron';
import type { EventPayloads } from '../../src/api/contract';
import { LanyardError } from '../../src/api/lanyard-error';
import { parseSampleFlag, parseSiteArg } from '../../src/app/node/command-line';
import { createLanyardCore, type LanyardCore } from '../../src/app/node/lanyard-core';
import { createLocalLog, type LocalLog } from '../../src/app/node/local-log';
import { appSettingsOf } from '../../src/app/node/app-settings-handlers';
import { applyAppSettingsInMain } from './app-appearance';
import { installAppMenu, quickNoteAccelerator, type AppMenuOptions } from './app-menu';
import { syncMacRecentDocuments } from './recent-menu';
import type { RecentSite } from '../../src/site/recent-site';
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
// `npm start` passes --sample; a packaged app's first run shows the Welcome screen instead.
const startOnSample = parseSampleFlag(process.argv);
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
  applyAppSettingsInMain(appSettingsOf({ settings }), report);

  let main: MainWindow | null = null;
  const getWindow = () => (main && !main.window.isDestroyed() ? main.window : null);
  const dialogs = createNativeDialogs(getWindow);

  const showError = (title: string, error: unknown): void => {
    if (!(error instanceof LanyardError)) report(error);
    const win = getWindow();
    const options = { type: 'error' as const, message: title, detail: plainMessage(error) };
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  };

  const core: LanyardCore = createLanyardCore(
    {
      userDataDir: app.getPath('userData'),
      templatesDir: shippedResource('templates'),
      assetBaseUrl: ASSET_BASE_URL,
      settings,
      dialogs,
      openExternal: openExternalSafely,
      emit: (name, payload) => {
        if (name === 'app.settingsChanged')
          applyAppSettingsInMain(payload as EventPayloads['app.settingsChanged'], report);
        sendEvent(getWindow(), name, payload);
        if (name === 'site.recentChanged') showRecentSites((payload as EventPayloads['site.recentChanged']).sites);
      },
      report,
    },
    { sampleSource: shippedResource('sample-blog') },
  );

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
  const menuOptions: AppMenuOptions = {
    core,
    dialogs,
    sendCommand: (command) => sendEvent(getWindow(), 'menu.command', { command }),
    confirmSaved: () => (main ? main.confirmSaved() : Promise.resolve(true)),
    showError,
    logFile: logFile(),
  };
  installAppMenu(menuOptions);
  // File → Open Recent is rebuilt whenever the core announces a change to the recent sites.
  const showRecentSites = (recentSites: RecentSite[]): void => {
    installAppMenu({ ...menuOptions, recentSites });
    syncMacRecentDocuments(recentSites);
  };
  void core.recentSites.announceNow();

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

  const startup = core.openInitialSite(requestedSite, startOnSample ? 'sample' : 'welcome');
  const openAfterSaving = (site: string): void => {
    startup
      .then(async () => {
        if (!main || (await main.confirmSaved())) await core.openSite(site);
      })
      .catch((error: unknown) => showError('Could not open the site', error));
  };
  // macOS: a site chosen among the Dock's or the system's recent items.
  app.on('open-file', (event, site) => {
    event.preventDefault();
    openAfterSaving(site);
  });
  app.on('second-instance', (_event, argv, cwd, additionalData) => {
    const win = getWindow() ?? openWindow().window;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
    const site = siteFromSecondInstance(argv, cwd, additionalData);
    if (site) openAfterSaving(site);
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
