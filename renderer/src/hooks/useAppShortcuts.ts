import { useEffect, useEffectEvent } from 'react';
import type { EventPayloads } from '../../../src/api/contract';
import { commandTable } from '../../../src/app/commands';
import { keyCodeOf, parseAccelerator } from '../../../src/app/shortcut-keys';
import { isMac } from '../commands/platform';

/** A command of the window, from its menu item or its key. */
export type AppCommand = EventPayloads['menu.command']['command'];

interface WindowKey {
  code: string;
  key: string;
  shift: boolean;
  alt: boolean;
  command: AppCommand;
}

/**
 * Each window command's key from the command table (the menu shows the same), the editor's own
 * keys left to CodeMirror and the menu's own to the menu. Matched by physical key, since Alt changes `key` on a Mac (Alt-p types π).
 */
const keys: readonly WindowKey[] = commandTable.flatMap(({ id, accelerator, keyOwner }) => {
  if (!accelerator || keyOwner === 'editor' || keyOwner === 'menu') return [];
  const chord = parseAccelerator(accelerator);
  if (!chord.mod) return [];
  return [{ code: keyCodeOf(chord), key: chord.key.toLowerCase(), shift: chord.shift, alt: chord.alt, command: id }];
});

/**
 * The window's keys (the same as its menu's accelerators) anywhere in the window, the editor
 * included: listened for in the capture phase, before CodeMirror or a text field sees the key.
 * Only the commands `handles` accepts are taken; other keys go on to the page.
 */
export function useAppShortcuts(
  run: (command: AppCommand) => void,
  handles: (command: AppCommand) => boolean = () => true,
): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
    // AltGr arrives as Ctrl+Alt on Windows: it types a character (AltGr+N is ń), never a command.
    if (!mod || event.repeat || event.getModifierState('AltGraph')) return;
    const key = event.key.toLowerCase();
    const match = keys.find(
      (each) =>
        (event.code === each.code || key === each.key) && event.shiftKey === each.shift && event.altKey === each.alt,
    );
    if (!match || !handles(match.command)) return;
    event.preventDefault();
    event.stopPropagation();
    run(match.command);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);
}
