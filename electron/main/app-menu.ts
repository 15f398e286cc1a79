import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { EventPayloads } from '../../src/api/contract';
import { commandInfo, commandsIn, type CommandId } from '../../src/app/commands';
import { LanyardError } from '../../src/api/lanyard-error';
import type { HostAdapters } from '../../src/app/node/host-adapters';
import type { LanyardCore } from '../../src/app/node/lanyard-core';
import type { RecentSite } from '../../src/site/recent-site';
import { recentSiteMenuItems } from './recent-menu';

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
  /** File → Open Recent's sites, most recent first. */
  recentSites?: RecentSite[];
}

const isMac = process.platform === 'darwin';

/**
 * The menu item of a command in the command table, with the key the palette shows. Keys the
 * editor or a global shortcut answer are shown but not registered: one press would run twice.
 */
function commandItem(id: CommandId, sendCommand: AppMenuOptions['sendCommand']): MenuItemConstructorOptions {
  const { title, menuLabel, accelerator, keyOwner } = commandInfo(id);
  const key: MenuItemConstructorOptions = accelerator
    ? { accelerator, registerAccelerator: keyOwner === undefined || keyOwner === 'menu' }
    : {};
  return { label: menuLabel ?? title, ...key, click: () => sendCommand(id) };
}

function fileMenu(options: AppMenuOptions): MenuItemConstructorOptions {
  const { core, dialogs, sendCommand, confirmSaved, showError } = options;
  const openSite = async (): Promise<void> => {
    const folder = await dialogs.chooseFolder();
    if (folder && (await confirmSaved())) await core.openSite(folder);
  };
  return {
    label: '&File',
    submenu: [
      commandItem('new-post', sendCommand),
      {
        label: commandInfo('open-site').title,
        accelerator: commandInfo('open-site').accelerator,
        click: () => void openSite().catch((error: unknown) => showError('Could not open the site', error)),
      },
      { label: 'Open Blog from Git URL…', click: () => sendCommand('open-from-git') },
      ...recentSiteMenuItems(options),
      { label: 'Site Settings…', click: () => sendCommand('site-settings') },
      { type: 'separator' },
      commandItem('save', sendCommand),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

const settingsItem = ({ sendCommand }: AppMenuOptions): MenuItemConstructorOptions => ({
  label: 'Settings…',
  accelerator: commandInfo('app-settings').accelerator,
  click: () => sendCommand('app-settings'),
});

/** The application menu on macOS, with Settings… where Mac apps keep it. */
function macAppMenu(options: AppMenuOptions): MenuItemConstructorOptions {
  return {
    role: 'appMenu',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settingsItem(options),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

/** The standard Edit menu; elsewhere than macOS it ends with Settings…. */
function editMenu(options: AppMenuOptions): MenuItemConstructorOptions {
  return {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } satisfies MenuItemConstructorOptions] : []),
      { role: 'delete' },
      { role: 'selectAll' },
      { type: 'separator' },
      commandItem('find', options.sendCommand),
      ...(isMac ? [] : [{ type: 'separator' } satisfies MenuItemConstructorOptions, settingsItem(options)]),
    ],
  };
}

function formatMenu({ sendCommand }: AppMenuOptions): MenuItemConstructorOptions {
  return { label: 'F&ormat', submenu: commandsIn('Format').map((command) => commandItem(command.id, sendCommand)) };
}

function insertMenu({ sendCommand }: AppMenuOptions): MenuItemConstructorOptions {
  return { label: '&Insert', submenu: [commandItem('insert-image', sendCommand)] };
}

function postMenu({ sendCommand }: AppMenuOptions): MenuItemConstructorOptions {
  return {
    label: '&Post',
    submenu: [
      commandItem('publish', sendCommand),
      commandItem('publish-update', sendCommand),
      commandItem('unpublish', sendCommand),
      { type: 'separator' },
      commandItem('post-word-goal', sendCommand),
    ],
  };
}

/** The accelerator of Quick Note, which works from any app while Lanyard is open. */
export const quickNoteAccelerator = commandInfo('quick-capture').accelerator ?? 'CmdOrCtrl+Alt+Shift+N';

function eventMenu({ sendCommand }: AppMenuOptions): MenuItemConstructorOptions {
  return {
    label: 'E&vent',
    submenu: [
      commandItem('new-day-post', sendCommand),
      commandItem('insert-update', sendCommand),
      commandItem('quick-capture', sendCommand),
      { type: 'separator' },
      commandItem('events', sendCommand),
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
      commandItem('command-palette', sendCommand),
      { type: 'separator' },
      commandItem('toggle-preview', sendCommand),
      commandItem('toggle-outline', sendCommand),
      commandItem('toggle-focus-mode', sendCommand),
      commandItem('toggle-typewriter-mode', sendCommand),
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

function helpMenu({ logFile, showError }: AppMenuOptions): MenuItemConstructorOptions {
  // The log stays on this machine: these only show it to the writer, who decides what to share.
  const openLog = async (): Promise<void> => {
    const problem = await shell.openPath(logFile);
    if (problem) throw new LanyardError('io', `${problem} (${logFile})`);
  };
  return {
    role: 'help',
    submenu: [
      {
        label: 'Open Log File',
        click: () => void openLog().catch((error: unknown) => showError('Could not open the log file', error)),
      },
      { label: 'Show Log File', click: () => shell.showItemInFolder(logFile) },
    ],
  };
}

/** Builds and installs the application menu: the platform's standard roles plus Lanyard's commands. Call again to rebuild it. */
export function installAppMenu(options: AppMenuOptions): void {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [macAppMenu(options)] : []),
    fileMenu(options),
    editMenu(options),
    formatMenu(options),
    insertMenu(options),
    postMenu(options),
    eventMenu(options),
    viewMenu(options),
    { role: 'windowMenu' },
    helpMenu(options),
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
