import { basename, join } from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { HostAdapters } from '../../src/app/node/host-adapters';

/**
 * The native dialogs the core asks for, parented to the main window when there is one so they
 * open as sheets on macOS and stay on top elsewhere.
 */
export function createNativeDialogs(getWindow: () => BrowserWindow | null): HostAdapters['dialogs'] {
  const parent = (): BrowserWindow | null => {
    const win = getWindow();
    return win && !win.isDestroyed() ? win : null;
  };
  return {
    async chooseFolder() {
      const options: OpenDialogOptions = {
        title: 'Open Site',
        buttonLabel: 'Open Site',
        properties: ['openDirectory', 'createDirectory'],
      };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(suggestedName) {
      // Only the name is a suggestion from the renderer; the folder is always ours to pick.
      const options: SaveDialogOptions = {
        title: 'Save a Copy',
        defaultPath: join(app.getPath('documents'), basename(suggestedName)),
        filters: [
          { name: 'Markdown', extensions: ['md', 'markdown'] },
          { name: 'All Files', extensions: ['*'] },
        ],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseImages() {
      const options: OpenDialogOptions = {
        title: 'Insert Image',
        buttonLabel: 'Insert',
        filters: [
          { name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tif', 'tiff', 'heic', 'heif'] },
          { name: 'All Files', extensions: ['*'] },
        ],
        properties: ['openFile', 'multiSelections'],
      };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
  };
}
