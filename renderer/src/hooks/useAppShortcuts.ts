import { useEffect, useEffectEvent } from 'react';
import type { EventPayloads } from '../../../src/api/contract';

/** A command of the window, from its menu item or its key. */
export type AppCommand = EventPayloads['menu.command']['command'];

const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** Each key with Mod (Ctrl, ⌘ on a Mac), by Shift and Alt: the physical key, since Alt changes `key` on a Mac (Alt-p types π). */
const keys: ReadonlyArray<{ code: string; shift: boolean; alt: boolean; command: AppCommand }> = [
  { code: 'KeyS', shift: false, alt: false, command: 'save' },
  { code: 'KeyN', shift: false, alt: false, command: 'new-post' },
  { code: 'KeyP', shift: true, alt: false, command: 'toggle-preview' },
  { code: 'KeyP', shift: false, alt: true, command: 'publish' },
  { code: 'KeyD', shift: true, alt: false, command: 'new-day-post' },
  { code: 'KeyU', shift: true, alt: false, command: 'insert-update' },
  { code: 'KeyU', shift: true, alt: true, command: 'publish-update' },
  { code: 'KeyN', shift: true, alt: true, command: 'quick-capture' },
];

/**
 * The window's keys (the same as its menu's accelerators) anywhere in the window, the editor
 * included: listened for in the capture phase, before CodeMirror or a text field sees the key.
 */
export function useAppShortcuts(run: (command: AppCommand) => void): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
    // AltGr arrives as Ctrl+Alt on Windows: it types a character (AltGr+N is ń), never a command.
    if (!mod || event.repeat || event.getModifierState('AltGraph')) return;
    const key = event.key.toLowerCase();
    const match = keys.find(
      (each) =>
        (event.code === each.code || key === each.code.slice(3).toLowerCase()) &&
        event.shiftKey === each.shift &&
        event.altKey === each.alt,
    );
    if (!match) return;
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
