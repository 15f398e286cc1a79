import { useEffect, useEffectEvent } from 'react';

/** The app-wide commands that have keys. */
export interface AppShortcuts {
  save: () => void;
  newPost: () => void;
  togglePreview: () => void;
  publish: () => void;
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * Mod-s, Mod-n, Mod-Shift-p and Mod-Alt-p anywhere in the window, the editor included:
 * listened for in the capture phase, before CodeMirror or a text field sees the key.
 */
export function useAppShortcuts(shortcuts: AppShortcuts): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
    if (!mod || event.repeat) return;
    const key = event.key.toLowerCase();
    let run: (() => void) | null = null;
    // Alt changes `key` on a Mac (Alt-p types π), so the physical key counts too.
    if (event.altKey) run = !event.shiftKey && (key === 'p' || event.code === 'KeyP') ? shortcuts.publish : null;
    else if (!event.shiftKey && (key === 's' || event.code === 'KeyS')) run = shortcuts.save;
    else if (!event.shiftKey && (key === 'n' || event.code === 'KeyN')) run = shortcuts.newPost;
    else if (event.shiftKey && (key === 'p' || event.code === 'KeyP')) run = shortcuts.togglePreview;
    if (!run) return;
    event.preventDefault();
    event.stopPropagation();
    run();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);
}
