import type { BridgeApi, LanyardApi } from '../../src/api/client';
import { unwrapBridgeApi } from '../../src/api/unwrap-bridge';

declare global {
  interface Window {
    /** Lanyard's bridge to the main process, installed by the preload (or the test harness). */
    lanyard?: BridgeApi;
  }
}

/**
 * The API renderer code uses: plain results, failures thrown as LanyardError. Null when no
 * bridge was installed, e.g. the page was opened in a browser on its own. The only place that
 * reads `window.lanyard`.
 */
export function connectLanyard(): LanyardApi | null {
  const bridge = window.lanyard;
  return bridge ? unwrapBridgeApi(bridge) : null;
}

/** What to tell the writer about a failure: its message, never a stack trace. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong.';
}
