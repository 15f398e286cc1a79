import type { ChannelInput } from '../../api/contract';

/** An error the renderer did not handle, as the `app.reportError` channel carries it. */
export type RendererErrorReport = ChannelInput<'app.reportError'>;

/** How many renderer errors are logged per window of time; a render loop must not fill the disk. */
export const RENDERER_ERROR_LIMIT = 20;
export const RENDERER_ERROR_WINDOW_MS = 60_000;

/** Options for {@link createRendererErrorLog}; the defaults suit the app. */
export interface RendererErrorLogOptions {
  limit?: number;
  windowMs?: number;
  now?: () => number;
}

/**
 * Turns renderer error reports into lines of the local log, at most `limit` per `windowMs`; the
 * rest are counted and the count logged when the next window opens. Nothing leaves the machine.
 */
export function createRendererErrorLog(
  report: (error: unknown) => void,
  { limit = RENDERER_ERROR_LIMIT, windowMs = RENDERER_ERROR_WINDOW_MS, now = Date.now }: RendererErrorLogOptions = {},
): (error: RendererErrorReport) => Promise<void> {
  let windowStart = Number.NEGATIVE_INFINITY;
  let logged = 0;
  let dropped = 0;
  return ({ kind, message, stack }) => {
    const time = now();
    if (time - windowStart >= windowMs) {
      if (dropped > 0)
        report(`Renderer: ${dropped} more error(s) were not logged (more than ${limit} in ${windowMs / 1000} s).`);
      windowStart = time;
      logged = 0;
      dropped = 0;
    }
    if (logged >= limit) {
      dropped++;
    } else {
      logged++;
      const label = kind === 'unhandledrejection' ? 'unhandled rejection' : 'uncaught error';
      // The stack usually repeats the message on its first line; log it once.
      const detail = stack && stack.includes(message) ? stack : [message, stack].filter(Boolean).join('\n');
      report(`Renderer ${label}: ${detail}`);
    }
    return Promise.resolve();
  };
}
