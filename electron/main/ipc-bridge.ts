import { ipcMain, type BrowserWindow, type WebContents, type WebFrameMain } from 'electron';
import { channelNames, type ChannelName, type EventName, type EventPayloads } from '../../src/api/contract';
import type { Envelope } from '../../src/api/lanyard-error';
import type { LanyardCore } from '../../src/app/node/lanyard-core';

/** The one channel every main-to-renderer event travels on, as `{ name, payload }`. */
export const EVENT_CHANNEL = 'lanyard:event';

/** Decides whether a frame may call Lanyard: the main window's top frame on the app's own URL. */
export type SenderCheck = (frame: WebFrameMain) => boolean;

/** Optional hooks for the host around dispatched calls. */
export interface IpcHooks {
  /** A trusted renderer finished saving after `app.closing`; the window may close. */
  onReadyToClose?(sender: WebContents): void;
  /** A call from an untrusted frame was refused (for the log). */
  onRefused?(channel: ChannelName, url: string): void;
}

function refused(channel: ChannelName): Envelope<never> {
  return { ok: false, error: { code: 'refused', message: `${channel} may only be called by Lanyard's own window.` } };
}

/**
 * Registers one `ipcMain.handle` per contract channel. Each call is checked for its sender, then
 * handed unparsed to the core's dispatcher, which validates the argument against the channel's
 * schema. Returns a function that removes the handlers again.
 */
export function registerIpc(core: LanyardCore, isTrustedSender: SenderCheck, hooks: IpcHooks = {}): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, arg: unknown) => {
      // senderFrame is null once the frame navigated away or died: nobody to trust then.
      const frame = event.senderFrame;
      if (!frame || !isTrustedSender(frame)) {
        hooks.onRefused?.(channel, frame?.url ?? '(gone)');
        return refused(channel);
      }
      const result = await core.dispatcher.invoke(channel, arg);
      if (channel === 'app.readyToClose' && result.ok) hooks.onReadyToClose?.(event.sender);
      return result;
    });
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(channel);
  };
}

/** Sends one contract event to the window's renderer; a closed or missing window drops it. */
export function sendEvent<E extends EventName>(win: BrowserWindow | null, name: E, payload: EventPayloads[E]): void {
  if (!win || win.isDestroyed() || win.webContents.isDestroyed()) return;
  win.webContents.send(EVENT_CHANNEL, { name, payload });
}
