import { useRef } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import { useAppShortcuts, type AppCommand } from './useAppShortcuts';
import { useLanyardEvent } from './useLanyardEvent';

/** A menu accelerator and the same key seen by the page can both arrive for one press. */
const SAME_PRESS_MS = 300;

/**
 * Runs the workspace's commands from the menu and from their keys, each once per press: a
 * command arriving from the other source right after the same one is the press's echo. Keys of
 * commands without a handler here are left to whoever else listens (the app's settings, say).
 */
export function useWorkspaceCommands(api: LanyardApi, handlers: Partial<Record<AppCommand, () => void>>): void {
  const last = useRef({ command: '', source: '', at: 0 });
  const run = (command: AppCommand, source: 'key' | 'menu') => {
    const now = Date.now();
    const previous = last.current;
    if (previous.command === command && previous.source !== source && now - previous.at < SAME_PRESS_MS) return;
    last.current = { command, source, at: now };
    handlers[command]?.();
  };
  useAppShortcuts(
    (command) => run(command, 'key'),
    (command) => handlers[command] !== undefined,
  );
  useLanyardEvent(api, 'menu.command', ({ command }) => run(command, 'menu'));
}
