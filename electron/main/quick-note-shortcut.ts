import { globalShortcut, type BrowserWindow } from 'electron';

/**
 * Makes `accelerator` open the quick note box from any app while Lanyard runs: the window comes
 * forward and is asked for it. Another app may hold the keys already; Quick Note is then in the
 * Event menu only, and `onTaken` says so. Answers the function that gives the keys back.
 */
export function registerQuickNoteShortcut(
  accelerator: string,
  getWindow: () => BrowserWindow | null,
  openQuickNote: () => void,
  onTaken: (message: string) => void,
): () => void {
  const registered = globalShortcut.register(accelerator, () => {
    const win = getWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
    openQuickNote();
  });
  if (!registered) onTaken(`${accelerator} is used by another app, so Quick Note is in the Event menu only.`);
  return () => {
    if (registered) globalShortcut.unregister(accelerator);
  };
}
