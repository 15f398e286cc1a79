import { z } from 'zod';
import type { AppSettings } from '../../settings/app-settings';
import { appSettingsPatch } from '../../settings/app-settings-schema';
import { channel, noArgument } from '../channel';

/** The app itself: its settings, links to the browser, closing, and the renderer's errors. */
export const appChannels = {
  /** The writer's app-wide settings: theme, editor, spelling, and defaults for every site. */
  'app.settings': channel<AppSettings>()(noArgument),
  /** Changes the settings the patch names; every view hears `app.settingsChanged`. */
  'app.updateSettings': channel<AppSettings>()(appSettingsPatch),
  'shell.openExternal': channel<void>()(z.strictObject({ url: z.string().min(1).max(8192) })),
  /** The renderer has saved everything after `app.closing`; the window may close now. */
  'app.readyToClose': channel<void>()(noArgument),
  /** An error the renderer did not handle, for the local log only; the renderer clips it to these sizes. */
  'app.reportError': channel<void>()(
    z.strictObject({
      kind: z.enum(['error', 'unhandledrejection']),
      message: z.string().max(2000),
      stack: z.string().max(8000).optional(),
    }),
  ),
} as const;
