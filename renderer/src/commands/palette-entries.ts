import { commandTable, type CommandId } from '../../../src/app/commands';
import { shortcutLabel } from '../../../src/app/shortcut-keys';

/** A row of the palette: the command, its menu, and its key as this platform writes it. */
export interface PaletteEntry {
  id: CommandId;
  title: string;
  category: string;
  shortcut: string | null;
}

/**
 * The palette's rows: the table's commands the workspace can run now, in menu order, each key
 * written for the platform exactly as the menu writes its accelerator.
 */
export function paletteEntries(available: ReadonlySet<CommandId>, mac: boolean): PaletteEntry[] {
  return commandTable
    .filter((command) => available.has(command.id) && command.id !== 'command-palette')
    .map(({ id, title, category, accelerator }) => ({
      id,
      title,
      category,
      shortcut: accelerator ? shortcutLabel(accelerator, mac) : null,
    }));
}
