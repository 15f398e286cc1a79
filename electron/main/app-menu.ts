import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { EventPayloads } from '../../src/api/contract';
import type { HostAdapters } from '../../src/app/node/host-adapters';
import type { LanyardCore } from '../../src/app/node/lanyard-core';

/** A command the renderer carries out when its menu item is chosen. */
export type MenuCommand = EventPayloads['menu.command']['command'];

/** What the menu needs from the rest of the main process. */
export interface AppMenuOptions {
  core: LanyardCore;
  dialogs: HostAdapters['dialogs'];
  /** Sends a `menu.command` event to the renderer. */
  sendCommand: (command: MenuCommand) => void;
  /** Resolves once the renderer has saved its edits; false if the writer chose to keep editing. */
  confirmSaved: () => Promise<boolean>;
  /** Tells the writer, in plain words, that something they asked for failed. */
  showError: (title: string, error: unknown) => void;
  logFile: string;
}

const isMac = process.platform === 'darwin';

function fileMenu({ core, dialogs, sendCommand, confirmSaved, showError }: AppMenuOptions): MenuItemConstructorOptions {
  const openSite = async (): Promise<void> => {
    const folder = await dialogs.chooseFolder();
    if (folder && (await confirmSaved())) await core.openSite(folder);
  };
  return {
    label: '&File',
    submenu: [
      { label: 'New Post', accelerator: 'CmdOrCtrl+N', click: () => sendCommand('new-post') },
      {
        label: 'Open Site…',
        accelerator: 'CmdOrCtrl+O',
        click: () => void openSite().catch((error: unknown) => showError('Could not open the site', error)),
      },
      { label: 'Open Blog from Git URL…', click: () => sendCommand('open-from-git') },
      { label: 'Site Settings…', click: () => sendCommand('site-settings') },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => sendCommand('save') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

function insertMenu({ sendCommand }: AppMenuOptions): MenuItemConstructorOptions {
  return {
    label: '&Insert',
    submenu: [{ label: 'Image…', accelerator: 'CmdOrCtrl+Alt+I', click: () => sendCommand('insert-image') }],
  };
}

function postMenu({ sendCommand }: AppMenuOptions): MenuItemConstructorOptions {
  return {
    label: '&Post',
    submenu: [
      { label: 'Publish…', accelerator: 'CmdOrCtrl+Alt+P', click: () => sendCommand('publish') },
      { label: 'Publish Update…', accelerator: 'CmdOrCtrl+Alt+Shift+U', click: () => sendCommand('publish-update') },
      { label: 'Unpublish…', click: () => sendCommand('unpublish') },
    ],
  };
}

/**
 * The accelerator of Quick Note, which works from any app while Lanyard is open. With Shift: on
 * Windows AltGr is Ctrl+Alt, and AltGr+N types ń on a Polish keyboard in every app.
 */
export const quickNoteAccelerator = 'CmdOrCtrl+Alt+Shift+N';

function eventMenu({ sendCommand }: AppMenuOptions): MenuItemConstructorOptions {
  return {
    label: 'E&vent',
    submenu: [
      { label: 'New Day Post', accelerator: 'CmdOrCtrl+Shift+D', click: () => sendCommand('new-day-post') },
      { label: 'Insert Update', accelerator: 'CmdOrCtrl+Shift+U', click: () => sendCommand('insert-update') },
      // Shown here, handled by the global shortcut: registered twice, one press would come twice.
      {
        label: 'Quick Note…',
        accelerator: quickNoteAccelerator,
        registerAccelerator: false,
        click: () => sendCommand('quick-capture'),
      },
      { type: 'separator' },
      { label: 'Events…', click: () => sendCommand('events') },
    ],
  };
}

function viewMenu({ sendCommand }: AppMenuOptions): MenuItemConstructorOptions {
  // Reload and devtools only while developing: a reload in front of a writer drops unsaved text.
  const developer: MenuItemConstructorOptions[] = app.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return {
    label: '&View',
    submenu: [
      { label: 'Toggle Preview', accelerator: 'CmdOrCtrl+Shift+P', click: () => sendCommand('toggle-preview') },
      { type: 'separator' },
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu({ logFile }: AppMenuOptions): MenuItemConstructorOptions {
  return {
    role: 'help',
    submenu: [{ label: 'Show Log File', click: () => shell.showItemInFolder(logFile) }],
  };
}

/** Builds and installs the application menu: the platform's standard roles plus Lanyard's commands. */
export function installAppMenu(options: AppMenuOptions): void {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    fileMenu(options),
    { role: 'editMenu' },
    insertMenu(options),
    postMenu(options),
    eventMenu(options),
    viewMenu(options),
    { role: 'windowMenu' },
    helpMenu(options),
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
