import type { EventPayloads } from '../api/contract';

/** A command of the window: what a menu item sends, a key runs and the command palette lists. */
export type CommandId = EventPayloads['menu.command']['command'];

export type CommandCategory = 'File' | 'Edit' | 'Format' | 'Insert' | 'Post' | 'Event' | 'View';

/** One command as the menu and the palette show it. */
export interface CommandInfo {
  id: CommandId;
  /** The palette's name for it; also the menu label unless `menuLabel` says otherwise. */
  title: string;
  category: CommandCategory;
  menuLabel?: string;
  /** An Electron accelerator (`CmdOrCtrl+Shift+P`), the single source of the command's key. */
  accelerator?: string;
  /**
   * Who answers the key when it is not the window: `editor` (CodeMirror's keymap, so the menu
   * only shows it), `global` (a system-wide shortcut registered by the main process) or `menu`
   * (the main process's own menu item, which needs no page to run).
   */
  keyOwner?: 'editor' | 'global' | 'menu';
}

/** A command whose key CodeMirror's keymap answers, so the menu only shows it. */
function inEditor(id: CommandId, title: string, category: CommandCategory, accelerator: string): CommandInfo {
  return { id, title, category, accelerator, keyOwner: 'editor' };
}

/**
 * Every command, in menu order. The palette key is Mod-P: Mod-Shift-P already toggles the
 * preview, Mod-K makes a link (as in every editor) and Mod-Shift-K deletes a line in CodeMirror;
 * Lanyard has nothing to print, and Obsidian and VS Code's Quick Open put their pickers on Mod-P.
 */
export const commandTable: readonly CommandInfo[] = [
  { id: 'new-post', title: 'New Post', category: 'File', accelerator: 'CmdOrCtrl+N' },
  // The menu item opens a native folder dialog in the main process; the palette asks the same of it.
  { id: 'open-site', title: 'Open Site…', category: 'File', accelerator: 'CmdOrCtrl+O', keyOwner: 'menu' },
  { id: 'open-from-git', title: 'Open Blog from Git URL…', category: 'File' },
  { id: 'site-settings', title: 'Site Settings…', category: 'File' },
  { id: 'app-settings', title: 'Settings…', category: 'File', accelerator: 'CmdOrCtrl+,' },
  { id: 'save', title: 'Save', category: 'File', accelerator: 'CmdOrCtrl+S' },
  inEditor('find', 'Find…', 'Edit', 'CmdOrCtrl+F'),
  inEditor('format-bold', 'Bold', 'Format', 'CmdOrCtrl+B'),
  inEditor('format-italic', 'Italic', 'Format', 'CmdOrCtrl+I'),
  inEditor('format-link', 'Link', 'Format', 'CmdOrCtrl+K'),
  inEditor('format-heading-1', 'Heading 1', 'Format', 'CmdOrCtrl+1'),
  inEditor('format-heading-2', 'Heading 2', 'Format', 'CmdOrCtrl+2'),
  inEditor('format-heading-3', 'Heading 3', 'Format', 'CmdOrCtrl+3'),
  inEditor('format-bullet-list', 'Bulleted List', 'Format', 'CmdOrCtrl+Shift+8'),
  inEditor('format-numbered-list', 'Numbered List', 'Format', 'CmdOrCtrl+Shift+7'),
  inEditor('format-inline-code', 'Code', 'Format', 'CmdOrCtrl+E'),
  inEditor('format-code-block', 'Code Block', 'Format', 'CmdOrCtrl+Shift+C'),
  {
    id: 'insert-image',
    title: 'Insert Image…',
    menuLabel: 'Image…',
    category: 'Insert',
    accelerator: 'CmdOrCtrl+Alt+I',
  },
  { id: 'publish', title: 'Publish…', category: 'Post', accelerator: 'CmdOrCtrl+Alt+P' },
  { id: 'publish-update', title: 'Publish Update…', category: 'Post', accelerator: 'CmdOrCtrl+Alt+Shift+U' },
  { id: 'unpublish', title: 'Unpublish…', category: 'Post' },
  { id: 'post-word-goal', title: 'Set Word Goal for This Post…', menuLabel: 'Word Goal…', category: 'Post' },
  { id: 'new-day-post', title: 'New Day Post', category: 'Event', accelerator: 'CmdOrCtrl+Shift+D' },
  { id: 'insert-update', title: 'Insert Update', category: 'Event', accelerator: 'CmdOrCtrl+Shift+U' },
  // With Shift: on Windows AltGr is Ctrl+Alt, and AltGr+N types ń on a Polish keyboard in every app.
  {
    id: 'quick-capture',
    title: 'Quick Note…',
    category: 'Event',
    accelerator: 'CmdOrCtrl+Alt+Shift+N',
    keyOwner: 'global',
  },
  { id: 'events', title: 'Events…', category: 'Event' },
  { id: 'command-palette', title: 'Command Palette…', category: 'View', accelerator: 'CmdOrCtrl+P' },
  { id: 'toggle-preview', title: 'Toggle Preview', category: 'View', accelerator: 'CmdOrCtrl+Shift+P' },
  { id: 'toggle-outline', title: 'Toggle Outline', category: 'View', accelerator: 'CmdOrCtrl+Shift+O' },
  { id: 'toggle-focus-mode', title: 'Toggle Focus Mode', category: 'View', accelerator: 'CmdOrCtrl+Shift+F' },
  { id: 'toggle-typewriter-mode', title: 'Toggle Typewriter Mode', category: 'View', accelerator: 'CmdOrCtrl+Shift+T' },
];

const byId = new Map(commandTable.map((command) => [command.id, command]));

/** The command's entry; throws for an id missing from the table, so a menu can't show a blank item. */
export function commandInfo(id: CommandId): CommandInfo {
  const found = byId.get(id);
  if (!found) throw new Error(`The command "${id}" is missing from the command table`);
  return found;
}

/** The commands of one menu, in order. */
export function commandsIn(category: CommandCategory): CommandInfo[] {
  return commandTable.filter((command) => command.category === category);
}
