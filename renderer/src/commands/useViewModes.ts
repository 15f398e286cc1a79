import { useCallback, useEffect, useState } from 'react';
import { typewriterModeClass } from '../editor/typewriter-scrolling';

/** The window's writing modes, kept across restarts in the window's own storage. */
export interface ViewModes {
  focus: boolean;
  typewriter: boolean;
  outline: boolean;
}

const STORAGE_KEY = 'lanyard.viewModes';
const none: ViewModes = { focus: false, typewriter: false, outline: false };

/** The class on the root element in focus mode, which the workspace's CSS answers. */
export const focusModeClass = 'focus-mode';

function stored(): ViewModes {
  try {
    const saved: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof saved !== 'object' || saved === null) return none;
    const read = (key: keyof ViewModes) => (saved as Record<string, unknown>)[key] === true;
    return { focus: read('focus'), typewriter: read('typewriter'), outline: read('outline') };
  } catch {
    // Storage can be disabled or hold something else; the modes then start off.
    return none;
  }
}

function store(modes: ViewModes): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(modes));
  } catch {
    // Not remembering a mode costs a key press next time, nothing more.
  }
}

/**
 * Focus mode, typewriter mode and the outline: each toggled, remembered, and (for the first two)
 * shown as a class on the root element while the workspace is mounted.
 */
export function useViewModes(): { modes: ViewModes; toggle: (mode: keyof ViewModes) => void } {
  const [modes, setModes] = useState(stored);
  useEffect(() => store(modes), [modes]);
  useEffect(() => {
    const root = document.documentElement.classList;
    root.toggle(focusModeClass, modes.focus);
    root.toggle(typewriterModeClass, modes.typewriter);
    return () => root.remove(focusModeClass, typewriterModeClass);
  }, [modes.focus, modes.typewriter]);
  const toggle = useCallback((mode: keyof ViewModes) => setModes((now) => ({ ...now, [mode]: !now[mode] })), []);
  return { modes, toggle };
}
